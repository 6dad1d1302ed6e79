import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { memoryIo } from '../../cli/io.js';

const argv = ['check', '--snapshot', 'fixtures/nikita/snapshot.json', '--config', 'fixtures/nikita/factgate.yaml'];
const run = async (stdoutIsTTY: boolean, env: Record<string, string> = {}) => {
  const io = memoryIo({ stdoutIsTTY, env });
  await main(argv, io);
  return io.out;
};
const ANSI = /\u001b\[\d+m/;

describe('text colour', () => {
  it('given a terminal, should colour the severity headings', async () => {
    const out = await run(true);
    expect(out).toMatch(ANSI);
    expect(out.split('\n')[0]).toBe('\u001b[1m\u001b[35mCRITICAL (5)\u001b[39m\u001b[22m');
  });

  it('given a pipe, should print no escape codes', async () => {
    expect(await run(false)).not.toMatch(ANSI);
  });

  it('given a terminal and NO_COLOR, should print no escape codes', async () => {
    expect(await run(true, { NO_COLOR: '1' })).not.toMatch(ANSI);
  });
});
