import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../engine/error-messages.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFiles } from '../../helpers/temp-files.js';
import { scenario } from './nikita-variants.js';

const check = (format: string, env: Record<string, string>) => runCli(['check', '--snapshot', 'fixtures/nikita/snapshot.json', ...scenario, '--format', format], process.cwd(), env);

describe('the GitHub job summary', () => {
  it('given --format github and GITHUB_STEP_SUMMARY, should append the markdown audit to that file after what is there', async () => {
    const file = path.join(tempFiles({ 'summary.md': '## An earlier step\n' }), 'summary.md');
    const markdown = (await check('markdown', {})).stdout;
    const { code, stdout, stderr } = await check('github', { GITHUB_STEP_SUMMARY: file });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout.startsWith('::error file=fixtures/nikita/source/onboarding/voice_flow.py,line=468,')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(`## An earlier step\n${markdown}`);
  });

  it('given another format, should leave GITHUB_STEP_SUMMARY alone', async () => {
    const file = path.join(tempFiles({ 'summary.md': '' }), 'summary.md');
    await check('text', { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('given a GITHUB_STEP_SUMMARY that cannot be written, should say so and exit 2', async () => {
    const dir = tempFiles({});
    const { code, stderr } = await check('github', { GITHUB_STEP_SUMMARY: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(`${messages.stepSummaryUnwritable(dir, Object.assign(new Error('x'), { code: 'EISDIR' }))}\n`);
  });
});
