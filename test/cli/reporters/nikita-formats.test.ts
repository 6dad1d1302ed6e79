import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../helpers/golden.js';
import { runCli } from '../../helpers/run-cli.js';
import { sarifSchemaErrors } from './sarif-schema.js';
import { xmlProblems } from './xml-well-formed.js';

const scenario = ['check', '--snapshot', 'fixtures/nikita/snapshot.json', '--config', 'fixtures/nikita/factgate.yaml'];
const run = (format: string) => runCli([...scenario, '--format', format]);

describe('the nikita scenario in every CI format', () => {
  it.each([
    ['sarif', 'nikita.sarif.json'],
    ['junit', 'nikita.junit.xml'],
    ['github', 'nikita.github.txt'],
    ['markdown', 'nikita.md'],
  ])('given --format %s, should exit 1 and print the golden %s, byte for byte, twice the same', async (format, golden) => {
    const first = await run(format);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 1, stderr: '' });
    expect((await run(format)).stdout).toBe(first.stdout);
    expectGolden(golden, first.stdout);
  });

  it('given the sarif report, should validate against the official SARIF 2.1.0 schema', async () => {
    expect(sarifSchemaErrors(JSON.parse((await run('sarif')).stdout))).toEqual([]);
  });

  it('given the sarif report, should carry one result per finding: 28 counted (file and line for source), 9 suppressed', async () => {
    const log = JSON.parse((await run('sarif')).stdout) as { runs: { results: { ruleId: string; suppressions?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const { results } = log.runs[0]!;
    expect(results).toHaveLength(37);
    expect(results.filter((r) => r.suppressions)).toHaveLength(9);
    expect(results[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/nikita/source/onboarding/voice_flow.py' }, region: { startLine: 468 } });
  });

  it('given the junit report, should be well-formed XML with a failure per counted violation and a skip per waived one', async () => {
    const { stdout } = await run('junit');
    expect(xmlProblems(stdout)).toEqual([]);
    expect(stdout.split('\n')[1]).toMatch(/^<testsuites name="factgate" tests="\d+" failures="28" errors="0" skipped="9">$/);
  });

  it('given the github report, should annotate the 28 counted violations: 17 errors, 6 warnings, 5 notices', async () => {
    const lines = (await run('github')).stdout.split('\n');
    const count = (level: string) => lines.filter((line) => line.startsWith(`::${level} `)).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([17, 6, 5]);
  });

  it('given the markdown report, should read like the audit: summary, areas, P0/P1/P2 with the audit C.7 counts', async () => {
    const md = (await run('markdown')).stdout;
    const headings = md.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# factgate Audit Report: 2026-02-09',
      '## Executive Summary',
      '## Cloud Run',
      '## pg_cron',
      '## RLS / Postgres',
      '## Source: TODOs, webhook probes, specs',
      '## Priority Recommendations',
      '### P0 (Critical -- Fix Now)',
      '### P1 (High -- Fix This Sprint)',
      '### P2 (Medium -- Backlog)',
      '### Low and info',
      '## Waived',
      '## Stale waivers',
      '## Errors',
    ]);
    const section = (from: string, to: string) => md.slice(md.indexOf(from), md.indexOf(to));
    const rows = (text: string) => text.split('\n').filter((line) => /^\| \d+ \|/.test(line)).length;
    expect([rows(section('### P0', '### P1')), rows(section('### P1', '### P2')), rows(section('### P2', '### Low'))]).toEqual([5, 12, 6]);
  });
});
