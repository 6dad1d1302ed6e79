import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../engine/report/report.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFiles } from '../../helpers/temp-files.js';

const snapshot = path.resolve('fixtures/nikita/snapshot.json');
// Two built-in rules on the nikita snapshot: 7 insert policies without an owner check, and audit_logs without RLS.
const rules = 'rules: [builtin/postgres/insert-policy-checks-owner.yaml, builtin/postgres/rls-enabled.yaml]\n';

/** A project dir with factgate.yaml = rules + `waivers` (YAML list items, indented by two). */
const project = (waivers: string, extra: Record<string, string> = {}) => tempFiles({ 'factgate.yaml': `${rules}waivers:\n${waivers}`, ...extra });

async function check(dir: string, ...extra: string[]) {
  const result = await runCli(['check', '--snapshot', snapshot, ...extra], dir);
  return result;
}
const report = async (dir: string, ...extra: string[]) => JSON.parse((await check(dir, '--format', 'json', ...extra)).stdout) as Report;
const ids = (list: { rule: string; resource: { id: string } }[]) => list.map((v) => `${v.rule} ${v.resource.id}`);

const formats = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('waivers', () => {
  it('given a waiver for one resource of a rule, should waive exactly that violation and keep the others counted', async () => {
    const dir = project("  - { rule: postgres/insert-policy-checks-owner, resource: 'public.memory_facts: *', reason: Backend inserts only, owner: db-team, expires: 2026-12-31 }\n");
    const r = await report(dir);
    expect(ids(r.waived)).toEqual(['postgres/insert-policy-checks-owner public.memory_facts: Users can insert memory facts']);
    expect(r.waived[0]!.waiver).toEqual({ reason: 'Backend inserts only', owner: 'db-team', expires: '2026-12-31', origin: 'config', expired: false });
    expect(ids(r.violations)).toEqual([
      'postgres/insert-policy-checks-owner public.nikita_emotional_states: Users can insert emotional states',
      'postgres/insert-policy-checks-owner public.ready_prompts: Users can insert ready prompts',
      'postgres/insert-policy-checks-owner public.user_backstories: Users can insert backstory',
      'postgres/insert-policy-checks-owner public.user_narrative_arcs: Users can insert narrative arcs',
      'postgres/insert-policy-checks-owner public.user_profiles: Users can insert profile',
      'postgres/insert-policy-checks-owner public.user_social_circles: Users can insert social circle',
      'postgres/rls-enabled public.audit_logs',
    ]);
    expect(r.staleWaivers).toEqual([]);
  });

  it('given a waiver without a resource, should waive every violation of that rule and of no other rule', async () => {
    const dir = project('  - { rule: postgres/rls-enabled, reason: Admin-only table, expires: 2026-12-31 }\n');
    const r = await report(dir);
    expect(ids(r.waived)).toEqual(['postgres/rls-enabled public.audit_logs']);
    expect(r.violations.every((v) => v.rule === 'postgres/insert-policy-checks-owner')).toBe(true);
    expect(r.violations).toHaveLength(7);
  });

  it('given the waivers in --waivers FILE, should waive the same way and record where the waiver came from', async () => {
    const dir = tempFiles({ 'factgate.yaml': rules, 'waivers.yaml': 'waivers:\n  - { rule: postgres/rls-enabled, resource: public.audit_logs, reason: Admin-only table, expires: 2026-12-31 }\n' });
    const r = await report(dir, '--waivers', 'waivers.yaml');
    expect(ids(r.waived)).toEqual(['postgres/rls-enabled public.audit_logs']);
    expect(r.waived[0]!.waiver?.origin).toBe('waivers-file');
  });

  it('given a waiver that expired the day before the snapshot, should count the violation again', async () => {
    const dir = project('  - { rule: postgres/rls-enabled, resource: public.audit_logs, reason: Admin-only table, owner: db-team, expires: 2026-02-08 }\n');
    const r = await report(dir, '--fail-on', 'none');
    expect(r.waived).toEqual([]);
    const audit = r.violations.find((v) => v.rule === 'postgres/rls-enabled')!;
    expect(audit.waiver).toEqual({ reason: 'Admin-only table', owner: 'db-team', expires: '2026-02-08', origin: 'config', expired: true });
  });

  it('given a waiver expiring on the snapshot day, should still waive (it holds through its expiry day, UTC)', async () => {
    const dir = project('  - { rule: postgres/rls-enabled, resource: public.audit_logs, reason: Admin-only table, expires: 2026-02-09 }\n');
    expect(ids((await report(dir)).waived)).toEqual(['postgres/rls-enabled public.audit_logs']);
  });

  it.each([
    ['text', 1],
    ['sarif', 1],
    ['junit', 2],
    ['github', 1],
    ['markdown', 2],
  ] as const)('given an expired waiver and --format %s, should say that the waiver expired (%i times)', async (format, times) => {
    const dir = project('  - { rule: postgres/rls-enabled, resource: public.audit_logs, reason: Admin-only table, expires: 2026-02-08 }\n');
    const { code, stdout } = await check(dir, '--format', format);
    expect(code).toBe(1);
    expect(occurrences(stdout, 'waiver expired on 2026-02-08: Admin-only table')).toBe(times);
  });

  it.each(formats)('given a waived finding and --format %s, should keep it visible with its reason', async (format) => {
    const dir = project('  - { rule: postgres/rls-enabled, resource: public.audit_logs, reason: Admin-only table written by service_role, expires: 2026-12-31 }\n');
    const { stdout } = await check(dir, '--format', format);
    expect(stdout).toContain('public.audit_logs');
    expect(stdout).toContain('Admin-only table written by service_role');
  });

  it('given a waiver that matches nothing, should report it stale with its location and still pass', async () => {
    const dir = project('  - { rule: postgres/rls-enabled, resource: public.dropped_table, reason: Legacy table, expires: 2026-12-31 }\n');
    const r = await report(dir, '--fail-on', 'none');
    expect(r.staleWaivers).toEqual([
      { rule: 'postgres/rls-enabled', resource: 'public.dropped_table', reason: 'Legacy table', expires: '2026-12-31', location: `${path.join(dir, 'factgate.yaml')}:3:5` },
    ]);
    expect((await check(dir, '--fail-on', 'none')).code).toBe(0);
  });

  it('given a stale waiver and --strict-waivers, should exit 1 even with no violation at the threshold', async () => {
    const dir = project('  - { rule: postgres/rls-enabled, resource: public.dropped_table, reason: Legacy table, expires: 2026-12-31 }\n');
    const { code, stdout } = await check(dir, '--fail-on', 'none', '--strict-waivers');
    expect(code).toBe(1);
    expect(stdout).toContain(`STALE WAIVERS (1): they match no violation\n  postgres/rls-enabled public.dropped_table  (${path.join(dir, 'factgate.yaml')}:3:5)\n`);
  });

  it.each(formats)('given a stale waiver and --format %s, should show it', async (format) => {
    const dir = project('  - { rule: postgres/rls-enabled, resource: public.dropped_table, reason: Legacy table, expires: 2026-12-31 }\n');
    expect((await check(dir, '--format', format)).stdout).toContain('public.dropped_table');
  });

  it('given waivers without a reason or an expiry, should report each at file:line:col and exit 2', async () => {
    const dir = project('  - rule: postgres/rls-enabled\n    expires: 2026-12-31\n  - rule: postgres/rls-enabled\n    reason: Admin-only table\n');
    expect(await check(dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `factgate.yaml:3:5: 'waivers.0' is missing the required key 'reason'.\nfactgate.yaml:5:5: 'waivers.1' is missing the required key 'expires'.\n2 errors.\n`,
    });
  });

  it('given a waivers file with a waiver without a reason, should report it in that file and exit 2', async () => {
    const dir = tempFiles({ 'factgate.yaml': rules, 'waivers.yaml': 'waivers:\n  - { rule: postgres/rls-enabled, expires: 2026-12-31 }\n' });
    expect(await check(dir, '--waivers', 'waivers.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: `waivers.yaml:2:5: 'waivers.0' is missing the required key 'reason'.\n`,
    });
  });
});
