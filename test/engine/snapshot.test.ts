import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../helpers/temp-files.js';

const check = async (snapshot: string) => {
  const dir = tempFiles({ 'snapshot.json': snapshot });
  const result = await runCli(['check', '--snapshot', 'snapshot.json'], dir);
  return { ...result, stderr: result.stderr.replaceAll(dir + '/', '') };
};

describe('snapshot loading', () => {
  it('given a snapshot of another version, should refuse it with exit 2', async () => {
    expect(await check('{"factgate":"snapshot/v0","collectedAt":"2026-01-01T00:00:00Z","sources":[],"facts":{}}')).toEqual({
      code: 2, stdout: '',
      stderr: 'snapshot.json: this is not a factgate snapshot/v1 document (its "factgate" field is \'snapshot/v0\'). Collect it again with this version of factgate (factgate collect … -o FILE).\n',
    });
  });

  it('given invalid JSON, should give the line and column', async () => {
    const { code, stderr } = await check('{\n  "factgate": "snapshot/v1",\n  oops\n}');
    expect(code).toBe(2);
    expect(stderr).toBe('snapshot.json:3:3: invalid JSON: expected double-quoted property name.\n');
  });

  it('given a fact of the wrong type, should name its path', async () => {
    const { code, stderr } = await check(JSON.stringify({
      factgate: 'snapshot/v1', collectedAt: '2026-01-01T00:00:00Z', sources: [],
      facts: { cloudRun: { services: [{ name: 'x' }] } },
    }));
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe("snapshot.json: snapshot field /facts/cloudRun/services/0 must have required property 'project'.");
  });

  it('given a missing file, should say so without a stack trace', async () => {
    const dir = tempFiles({});
    expect(await runCli(['check', '--snapshot', 'nope.json'], dir)).toEqual({
      code: 2, stdout: '', stderr: 'nope.json: cannot be read: no such file or directory.\n',
    });
  });
});

describe('concurrent snapshot loading', () => {
  it('given two first loads at once, should share one compiled schema', async () => {
    const { loadSnapshot } = await import('../../engine/snapshot/load-snapshot.js');
    const [a, b] = await Promise.all([loadSnapshot('fixtures/nikita/snapshot.json'), loadSnapshot('fixtures/nikita/snapshot.json')]);
    expect(a.collectedAt).toBe(b.collectedAt);
  });
});
