import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/report/report.js';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

const scenario = ['check', '--snapshot', 'fixtures/nikita/snapshot.json', '--config', 'fixtures/nikita/factgate.yaml'];

describe('the audit scenario (fixtures/nikita)', () => {
  it('given the nikita snapshot and config, should print the audit findings as text and exit 1', async () => {
    const { code, stdout, stderr } = await runCli(scenario);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expectGolden('nikita.txt', stdout);
  });

  it('given --format json twice, should give byte-identical reports', async () => {
    const first = await runCli([...scenario, '--format', 'json']);
    const second = await runCli([...scenario, '--format', 'json']);
    expect(first.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expectGolden('nikita.json', first.stdout);
  });

  it('given the json report, should reproduce every finding of audit C.7 with its severity and nothing it calls healthy', async () => {
    const report = JSON.parse((await runCli([...scenario, '--format', 'json'])).stdout) as Report;
    const found = report.violations.map((v) => `${v.severity} ${v.rule} ${v.resource.id}`);
    expect(found).toEqual([
      'critical source/todo-in-critical-path onboarding/voice_flow.py:468',
      'critical source/todo-in-critical-path onboarding/voice_flow.py:499',
      'critical source/todo-in-critical-path onboarding/voice_flow.py:505',
      'critical source/todo-in-critical-path onboarding/voice_flow.py:511',
      'critical source/todo-in-critical-path onboarding/voice_flow.py:522',
      'high cloud-run/min-instances nikita-prod/us-central1/nikita-api',
      'high postgres/insert-policy-checks-owner public.memory_facts: Users can insert memory facts',
      'high postgres/insert-policy-checks-owner public.nikita_emotional_states: Users can insert emotional states',
      'high postgres/insert-policy-checks-owner public.ready_prompts: Users can insert ready prompts',
      'high postgres/insert-policy-checks-owner public.user_backstories: Users can insert backstory',
      'high postgres/insert-policy-checks-owner public.user_narrative_arcs: Users can insert narrative arcs',
      'high postgres/insert-policy-checks-owner public.user_profiles: Users can insert profile',
      'high postgres/insert-policy-checks-owner public.user_social_circles: Users can insert social circle',
      'high postgres/service-internal-table-api-policy public.nikita_entities: Allow all operations',
      'high postgres/service-internal-table-api-policy public.nikita_life_events: Allow all operations',
      'high postgres/service-internal-table-api-policy public.nikita_narrative_arcs: Allow all operations',
      'high source/webhook-fails-open webhook-secret-guard',
      'medium cloud-run/execution-environment nikita-prod/us-central1/nikita-api',
      'medium cloud-run/startup-probe-window nikita-prod/us-central1/nikita-api',
      'medium pg-cron/run-history-retention nikita',
      'medium postgres/rls-enabled public.audit_logs',
      'medium postgres/service-internal-table-api-policy public.error_logs: Allow all operations',
      'medium postgres/service-internal-table-api-policy public.scheduled_events: Allow all operations',
      'low pg-cron/schedule-interval nikita-deliver',
      'low source/archived-todo agents/text/facts.py:147',
      'low source/archived-todo engine/chapters/boss.py:126',
      'low source/archived-todo engine/chapters/boss.py:74',
      'low source/archived-todo pipeline/stages/summary.py:47',
    ]);
    expect(report.waived.map((v) => `${v.rule} ${v.resource.id} ${v.waiver?.expires}`)).toHaveLength(9);
    // Healthy per the audit: constant-time compare (C.4), the 4 jobs' runs (C.2), spec 037 superseded (C.6).
    const rules = new Set(report.violations.map((v) => v.rule));
    expect(rules.has('source/webhook-constant-time-compare')).toBe(false);
    expect(rules.has('pg-cron/job-ran-within-schedule')).toBe(false);
    expect(rules.has('pg-cron/job-no-recent-failures')).toBe(false);
    expect(rules.has('source/spec-open-tasks')).toBe(false);
    expect(report.errors).toEqual([]);
  });
});

describe('check exit codes', () => {
  it.each([
    [['--fail-on', 'none'], 0],
    [['--fail-on', 'critical'], 1],
    [['--fail-on', 'info'], 1],
  ])('given %j, should exit %i', async (extra, expected) => {
    expect((await runCli([...scenario, ...extra])).code).toBe(expected);
  });

  it.each([
    [['check'], "nothing to check: give --snapshot FILE, or collector flags (--postgres URL, --cloud-run PROJECT/REGION, --cloud-run-export FILE, --source DIR). Run 'factgate help' for usage.\n"],
    [[...scenario, '--fail-on', 'severe'], "--fail-on must be one of critical, high, medium, low, info, none, got 'severe'. Run 'factgate help' for usage.\n"],
    [[...scenario, '--format', 'jsn'], "--format must be one of github, json, junit, markdown, sarif, text, got 'jsn'. Did you mean 'json'? Run 'factgate help' for usage.\n"],
    [[...scenario, '--snapshots', 'x'], "'factgate check' has no option '--snapshots'. Did you mean '--snapshot'? Run 'factgate help' for usage.\n"],
    [['chek'], "unknown command 'chek'. Did you mean 'check'? Run 'factgate help' for usage.\n"],
  ])('given bad arguments %j, should explain and exit 2', async (argv, message) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
