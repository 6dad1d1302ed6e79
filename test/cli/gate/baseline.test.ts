import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../../engine/gate/baseline.js';
import { messages } from '../../../engine/error-messages.js';
import type { Report } from '../../../engine/report/report.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFiles } from '../../helpers/temp-files.js';
import { nikitaSnapshot, reorderedAndMoved, scenario, withCollectedAt, withMinInstances, withPostgresFailed, writeSnapshots } from './nikita-variants.js';

const baselineOf = async (snapshot: string, ...extra: string[]) => {
  const { code, stdout, stderr } = await runCli(['baseline', '--snapshot', snapshot, ...extra]);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return { text: stdout, baseline: JSON.parse(stdout) as Baseline };
};
const fingerprints = (b: Baseline) => b.violations.map((v) => `${v.rule} ${v.fingerprint}`);

describe('factgate baseline', () => {
  it('given the nikita scenario, should print a baseline/v1 document of its 28 counted violations sorted by fingerprint', async () => {
    const { text, baseline } = await baselineOf('fixtures/nikita/snapshot.json', ...scenario);
    expect(baseline.factgate).toBe('baseline/v1');
    expect(baseline.violations).toHaveLength(28);
    const prints = baseline.violations.map((v) => v.fingerprint);
    expect(prints).toEqual([...prints].sort());
    expect(baseline.violations.find((v) => v.rule === 'postgres/rls-enabled')).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown as string,
      rule: 'postgres/rls-enabled',
      resource: { kind: 'postgres.table', id: 'public.audit_logs' },
    });
    expect(text).toBe(`${JSON.stringify(baseline, null, 2)}\n`);
    expect((await baselineOf('fixtures/nikita/snapshot.json', ...scenario)).text).toBe(text);
  });

  it('given -o FILE, should write the same document there and say so on stderr', async () => {
    const dir = tempFiles({});
    const { text } = await baselineOf('fixtures/nikita/snapshot.json', ...scenario);
    const written = await runCli(['baseline', '--snapshot', path.resolve('fixtures/nikita/snapshot.json'), '--config', path.resolve('fixtures/nikita/factgate.yaml'), '-o', 'b.json'], dir);
    expect(written).toEqual({ code: 0, stdout: '', stderr: "Recorded 28 violations in b.json; 'factgate check --baseline b.json' now fails only on new ones.\n" });
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(text);
  });

  it('given a snapshot with a failed collector, should refuse to take a baseline and exit 2', async () => {
    const [failed] = writeSnapshots(withPostgresFailed(nikitaSnapshot()));
    expect(await runCli(['baseline', '--snapshot', failed!, ...scenario])).toEqual({ code: 2, stdout: '', stderr: `${messages.baselineIncomplete(1)}\n` });
  });

  it('given a positional argument, should explain the usage and exit 2', async () => {
    expect(await runCli(['baseline', 'snapshot.json'])).toEqual({
      code: 2, stdout: '', stderr: "'factgate baseline' takes no positional argument, got 'snapshot.json'. Run 'factgate help' for usage.\n",
    });
  });

  it('given a baseline and a snapshot where a violation was fixed, should list it as fixed and pass', async () => {
    const dir = tempFiles({});
    const baselineFile = path.join(dir, 'baseline.json');
    writeFileSync(baselineFile, (await baselineOf('fixtures/nikita/snapshot.json', ...scenario)).text);
    const [fixed] = writeSnapshots(withMinInstances(nikitaSnapshot(), 1));
    const json = await runCli(['check', '--snapshot', fixed!, ...scenario, '--baseline', baselineFile, '--format', 'json']);
    const report = JSON.parse(json.stdout) as Report;
    expect(json.code).toBe(0);
    expect(report.fixed.map((f) => `${f.rule} ${f.resource.kind} ${f.resource.id}`)).toEqual(['cloud-run/min-instances cloudRun.service nikita-prod/us-central1/nikita-api']);
    expect(report.baselined).toHaveLength(27);
    const text = await runCli(['check', '--snapshot', fixed!, ...scenario, '--baseline', baselineFile]);
    expect(text.stdout).toContain('FIXED since the baseline (1)\n  cloud-run/min-instances  cloudRun.service nikita-prod/us-central1/nikita-api\n');
  });

  it('given a file that is not a baseline, should explain and exit 2', async () => {
    const dir = tempFiles({ 'baseline.json': '{"violations": []}\n' });
    const result = await runCli(['check', '--snapshot', path.resolve('fixtures/nikita/snapshot.json'), '--baseline', 'baseline.json'], dir);
    expect(result).toEqual({
      code: 2, stdout: '',
      stderr: `baseline.json: this is not a factgate baseline/v1 file (write one with 'factgate baseline --snapshot FILE -o ${path.join(dir, 'baseline.json')}').\n`,
    });
  });
});

describe('fingerprints', () => {
  it('given the resources in reverse order, the TODOs moved 10 lines and another clock, should not change a single fingerprint', async () => {
    const original = (await baselineOf('fixtures/nikita/snapshot.json', ...scenario)).baseline;
    const [moved] = writeSnapshots(withCollectedAt(reorderedAndMoved(nikitaSnapshot()), '2026-02-09T11:00:30.000Z'));
    const shifted = (await baselineOf(moved!, ...scenario)).baseline;
    expect(fingerprints(shifted)).toEqual(fingerprints(original));
    // The TODOs' ids (file:line) did change: the fingerprint ignores them on purpose.
    const todo = (b: Baseline) => b.violations.find((v) => v.rule === 'source/todo-in-critical-path' && v.fingerprint === original.violations.find((o) => o.rule === 'source/todo-in-critical-path')!.fingerprint)!;
    expect(todo(shifted).resource.id).not.toBe(todo(original).resource.id);
  });

  it('given that baseline and the moved snapshot, should pass the gate with everything baselined', async () => {
    const dir = tempFiles({});
    writeFileSync(path.join(dir, 'baseline.json'), (await baselineOf('fixtures/nikita/snapshot.json', ...scenario)).text);
    const [moved] = writeSnapshots(reorderedAndMoved(nikitaSnapshot()));
    const { code, stdout } = await runCli(['check', '--snapshot', moved!, ...scenario, '--baseline', path.join(dir, 'baseline.json'), '--format', 'json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Report).baselined).toHaveLength(28);
  });

  it('given a rule whose message and remediation are reworded, should keep its fingerprints', async () => {
    const rules = path.join(tempFiles({}), 'postgres');
    cpSync('rules/postgres', rules, { recursive: true });
    const file = path.join(rules, 'rls-enabled.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^message: .*$/m, 'message: "RLS is off on {{name}}."').replace(/^remediation: >-$/m, 'remediation: >-\n  Reworded.'));
    const original = await runCli(['check', '--snapshot', 'fixtures/nikita/snapshot.json', '--rules', 'builtin/postgres', '--format', 'json']);
    const reworded = await runCli(['check', '--snapshot', 'fixtures/nikita/snapshot.json', '--rules', rules, '--format', 'json']);
    const pick = (stdout: string) => (JSON.parse(stdout) as Report).violations.filter((v) => v.rule === 'postgres/rls-enabled').map((v) => [v.message, v.fingerprint]);
    const [[before, print]] = pick(original.stdout) as [[string, string]];
    expect(pick(reworded.stdout)).toEqual([['RLS is off on audit_logs.', print]]);
    expect(before).not.toBe('RLS is off on audit_logs.');
  });

  it('given another resource identity or another rule id, should give another fingerprint', async () => {
    const { baseline } = await baselineOf('fixtures/nikita/snapshot.json', ...scenario);
    const prints = baseline.violations.map((v) => v.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    // The three Cloud Run findings share the resource and differ only by rule id.
    const service = baseline.violations.filter((v) => v.resource.id === 'nikita-prod/us-central1/nikita-api');
    expect(service.map((v) => v.rule).sort()).toEqual(['cloud-run/execution-environment', 'cloud-run/min-instances', 'cloud-run/startup-probe-window']);
    expect(new Set(service.map((v) => v.fingerprint)).size).toBe(3);
  });
});
