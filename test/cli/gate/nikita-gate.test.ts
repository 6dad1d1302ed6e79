import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../engine/config/load-config.js';
import type { Report } from '../../../engine/report/report.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFiles } from '../../helpers/temp-files.js';
import { nikitaSnapshot, scenario, withCollectedAt, withTableWithoutRls, writeSnapshots } from './nikita-variants.js';

const check = async (snapshot: string, ...extra: string[]) => {
  const result = await runCli(['check', '--snapshot', snapshot, ...scenario, '--format', 'json', ...extra]);
  return { ...result, report: JSON.parse(result.stdout) as Report };
};

/** The defer waivers' expiry, read from the project's triage so the test follows factgate.yaml. */
async function deferExpiry(): Promise<string> {
  const config = await loadConfig(path.resolve('fixtures/nikita/factgate.yaml'));
  const dates = [...new Set(config.triage.filter((t) => t.verdict === 'defer').map((t) => t.expires))];
  expect(dates).toHaveLength(1);
  return dates[0]!;
}

const dayAfter = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();

describe('the CI gate on the nikita scenario (issue 6, done when)', () => {
  it('given its waivers, should exit 1 with 28 counted and 9 waived violations', async () => {
    const { code, stderr, report } = await check('fixtures/nikita/snapshot.json');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect([report.violations.length, report.waived.length]).toEqual([28, 9]);
  });

  it('given a baseline taken from it with the baseline command, should exit 0 and count nothing', async () => {
    const baseline = path.join(tempFiles({}), 'baseline.json');
    const taken = await runCli(['baseline', '--snapshot', 'fixtures/nikita/snapshot.json', ...scenario, '-o', baseline]);
    expect(taken).toEqual({ code: 0, stdout: '', stderr: `Recorded 28 violations in ${baseline}; 'factgate check --baseline ${baseline}' now fails only on new ones.\n` });
    const { code, report } = await check('fixtures/nikita/snapshot.json', '--baseline', baseline);
    expect(code).toBe(0);
    expect([report.violations.length, report.baselined.length, report.waived.length, report.fixed.length]).toEqual([0, 28, 9, 0]);
    expect(report.summary).toEqual({ critical: 0, high: 0, medium: 0, low: 0, info: 0, waived: 9, baselined: 28, errors: 0 });
  });

  it('given that baseline and one more public table without RLS, should exit 1 and name only that violation', async () => {
    const baseline = path.join(tempFiles({}), 'baseline.json');
    await runCli(['baseline', '--snapshot', 'fixtures/nikita/snapshot.json', ...scenario, '-o', baseline]);
    const [changed] = writeSnapshots(withTableWithoutRls(nikitaSnapshot()));
    const { code, report } = await check(changed!, '--baseline', baseline);
    expect(code).toBe(1);
    expect(report.violations.map((v) => `${v.severity} ${v.rule} ${v.resource.kind} ${v.resource.id}`)).toEqual(['high postgres/rls-enabled postgres.table public.webhook_events']);
    expect(report.violations[0]!.message).toBe('Table public.webhook_events is reachable through the Data API but row level security is disabled.');
    expect(report.baselined).toHaveLength(28);
  });

  it('given the snapshot clock on the day after the defer waivers expire, should count the 9 deferred TODOs again and say their waiver expired', async () => {
    const expiry = await deferExpiry();
    const [later] = writeSnapshots(withCollectedAt(nikitaSnapshot(), dayAfter(expiry)));
    const { code, report } = await check(later!);
    expect(code).toBe(1);
    expect(report.waived).toEqual([]);
    const todos = report.violations.filter((v) => v.rule === 'source/open-todo');
    expect(todos.map((v) => [v.resource.id, v.waiver?.expired, v.waiver?.expires])).toEqual([
      ['agents/text/handler.py:132', true, expiry],
      ['agents/voice/availability.py:124', true, expiry],
      ['agents/voice/context.py:531', true, expiry],
      ['agents/voice/scheduling.py:296', true, expiry],
      ['agents/voice/service.py:378', true, expiry],
      ['agents/voice/transcript.py:344', true, expiry],
      ['api/routes/admin.py:102', true, expiry],
      ['api/routes/admin.py:1091', true, expiry],
      ['api/routes/tasks.py:336', true, expiry],
    ]);
  });

  it.each([
    ['text', 9],
    ['sarif', 9],
    ['junit', 18],
    ['github', 9],
    ['markdown', 18],
  ] as const)('given the defer waivers expired and --format %s, should say for each of the 9 TODOs that its waiver expired (%i mentions)', async (format, times) => {
    const expiry = await deferExpiry();
    const [later] = writeSnapshots(withCollectedAt(nikitaSnapshot(), dayAfter(expiry)));
    const { code, stdout } = await runCli(['check', '--snapshot', later!, ...scenario, '--format', format]);
    expect(code).toBe(1);
    expect(stdout.split(`waiver expired on ${expiry}: `).length - 1).toBe(times);
  });

  it('given the last day of the defer waivers, should still waive the 9 deferred TODOs (a waiver holds through its expiry day)', async () => {
    const expiry = await deferExpiry();
    const [lastDay] = writeSnapshots(withCollectedAt(nikitaSnapshot(), `${expiry}T23:59:59.000Z`));
    const { report } = await check(lastDay!);
    expect(report.waived.map((v) => v.rule)).toEqual(Array(9).fill('source/open-todo'));
  });

  it('given the baseline and expired defer waivers, should count the 9 TODOs as new (a baseline never absorbs what a waiver covered)', async () => {
    const expiry = await deferExpiry();
    const baseline = path.join(tempFiles({}), 'baseline.json');
    await runCli(['baseline', '--snapshot', 'fixtures/nikita/snapshot.json', ...scenario, '-o', baseline]);
    const recorded = JSON.parse(readFileSync(baseline, 'utf8')) as { violations: { rule: string }[] };
    expect(recorded.violations.some((v) => v.rule === 'source/open-todo')).toBe(false);
    const [later] = writeSnapshots(withCollectedAt(nikitaSnapshot(), dayAfter(expiry)));
    const { code, report } = await check(later!, '--baseline', baseline, '--fail-on', 'low');
    expect(code).toBe(1);
    expect(report.violations.filter((v) => v.rule === 'source/open-todo')).toHaveLength(9);
  });
});
