import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/evaluate/evaluate.js';
import type { RuleExplanation } from '../../engine/explain/explain-rule.js';
import { loadRules } from '../../engine/load/load-rules.js';
import { loadSnapshot } from '../../engine/snapshot/load-snapshot.js';
import { main } from '../../cli/main.js';
import { memoryIo } from '../../cli/io.js';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../helpers/temp-files.js';

const nikita = ['--snapshot', 'fixtures/nikita/snapshot.json', '--config', 'fixtures/nikita/factgate.yaml'];
const flaggedPolicy = 'public.memory_facts: Users can insert memory facts';

describe('factgate explain on the audit scenario', () => {
  it('given the INSERT-ownership rule and a flagged policy, should show the failing matches clause with observed and expected values', async () => {
    const { code, stdout, stderr } = await runCli(['explain', 'postgres/insert-policy-checks-owner', ...nikita, '--resource', flaggedPolicy]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain("\nviolation: postgres.policy 'public.memory_facts: Users can insert memory facts'\n");
    expect(stdout).toContain(
      "  assert: does not hold\n    ✗ withCheck matches '(auth\\.uid\\(\\)|auth\\.jwt\\(\\)\\s*->>?\\s*''sub'')' (parameter ownershipPattern) — observed 'true'\n",
    );
    expectGolden('explain-insert-policy-checks-owner.txt', stdout);
  });

  it('given --format json, should print the RuleExplanation with the clause trace', async () => {
    const { code, stdout } = await runCli(['explain', 'postgres/insert-policy-checks-owner', ...nikita, '--resource', flaggedPolicy, '--format', 'json']);
    expect(code).toBe(0);
    const explanation = JSON.parse(stdout) as RuleExplanation;
    expect(explanation.resources.map((r) => [r.resource.id, r.selected, r.verdict])).toEqual([[flaggedPolicy, true, 'violation']]);
    expect(explanation.resources[0]!.assert).toEqual({
      node: 'compare', verdict: false, path: 'withCheck', operator: 'matches',
      expected: "(auth\\.uid\\(\\)|auth\\.jwt\\(\\)\\s*->>?\\s*'sub')", observed: 'true', params: ['ownershipPattern'],
    });
    expect(explanation.summary).toEqual({ pass: 0, violation: 1, notSelected: 0, error: 0 });
    expectGolden('explain-insert-policy-checks-owner.json', stdout);
  });

  it('given rls-enabled on audit_logs, should list the grants the join matched and the count against its comparison', async () => {
    const { code, stdout } = await runCli(['explain', 'postgres/rls-enabled', ...nikita, '--resource', 'public.audit_logs']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      ': 2 matched, expected ≥ 1\n        matched \'public.audit_logs to anon\'\n        matched \'public.audit_logs to authenticated\'\n',
    );
    expectGolden('explain-rls-enabled.txt', stdout);
  });

  it('given run-history-retention, should show the jobs the join turned away and the clause that rejected each', async () => {
    const { code, stdout } = await runCli(['explain', 'pg-cron/run-history-retention', ...nikita]);
    expect(code).toBe(0);
    expect(stdout).toContain('    ✗ join pgCron.jobs on pgCron.jobs.database = database: 0 matched, expected ≥ 1\n      rejected \'nikita-cleanup\' by the join\'s where:\n');
    expectGolden('explain-run-history-retention.txt', stdout);
  });

  it('given no --resource, should explain every resource and agree with evaluate on what is selected and violated', async () => {
    const { code, stdout } = await runCli(['explain', 'postgres/insert-policy-checks-owner', ...nikita, '--format', 'json']);
    expect(code).toBe(0);
    const explanation = JSON.parse(stdout) as RuleExplanation;
    const rules = (await loadRules([path.resolve('rules/postgres')])).filter((r) => r.id === 'postgres/insert-policy-checks-owner');
    const snapshot = await loadSnapshot(path.resolve('fixtures/nikita/snapshot.json'));
    const evaluation = evaluate(rules, snapshot);
    const policies = snapshot.facts.postgres!.policies.length;
    expect(explanation.summary).toEqual({
      pass: evaluation.selected['postgres/insert-policy-checks-owner']! - evaluation.violations.length,
      violation: evaluation.violations.length,
      notSelected: policies - evaluation.selected['postgres/insert-policy-checks-owner']!,
      error: 0,
    });
    expect(explanation.summary).toEqual({ pass: 3, violation: 7, notSelected: 79, error: 0 });
    expect(explanation.resources.filter((r) => r.verdict === 'violation').map((r) => r.resource.id)).toEqual(evaluation.violations.map((v) => v.resource.id));
    expect(explanation.resources.filter((r) => r.verdict === 'not selected').every((r) => r.assert === null && r.where?.verdict === false)).toBe(true);
  });

  it('given the same arguments twice, should print byte-identical output', async () => {
    const argv = ['explain', 'pg-cron/run-history-retention', ...nikita, '--format', 'json'];
    expect((await runCli(argv)).stdout).toBe((await runCli(argv)).stdout);
  });

  it('given a terminal, should colour the verdicts, and given NO_COLOR, should not', async () => {
    const argv = ['explain', 'postgres/rls-enabled', ...nikita, '--resource', 'public.audit_logs'];
    const tty = memoryIo({ stdoutIsTTY: true });
    expect(await main(argv, tty)).toBe(0);
    expect(tty.out).toContain('\u001b[31mviolation\u001b[39m');
    const noColor = memoryIo({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await main(argv, noColor);
    expect(noColor.out).not.toContain('\u001b[');
  });
});

describe('factgate explain on nested conditions', () => {
  const tree = `id: demo/tree
title: Containers are shaped as expected
severity: low
rationale: Shows every kind of clause.
remediation: None.
resource: cloudRun.services
parameters:
  minPorts: { default: 1, description: Ports each container needs. }
where: { not: { path: ingress, equals: none } }
assert:
  all:
    - path: containers
      every: { path: ports, length: { gte: { param: minPorts } } }
    - path: containers
      none:
        path: env
        some:
          all:
            - { path: source, equals: literal }
            - { path: name, matches: '(?i)secret' }
    - path: containers
      some:
        path: env
        count: { where: { path: source, equals: secret }, gte: 3 }
    - { path: containers, count: { equals: 2 } }
message: "{{name}} is not shaped as expected."
`;

  it('given all/not/every/none/some/count, should indent each clause under its parent with its own verdict', async () => {
    const dir = tempFiles({ 'rules/demo/tree.yaml': tree });
    const snapshot = path.resolve('fixtures/nikita/snapshot.json');
    const { code, stdout, stderr } = await runCli(['explain', 'demo/tree', '--rules', 'rules', '--snapshot', snapshot], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectGolden('explain-tree.txt', stdout);
  });
});

describe('factgate explain, bad input (exit 2)', () => {
  it.each([
    [['explain', 'postgres/rls-enabld', ...nikita], "no loaded rule has the id 'postgres/rls-enabld'. Did you mean 'postgres/rls-enabled'? The rules came from 'builtin'; name your rule files with --rules PATH (repeatable, 'builtin' for the built-in packs) or 'rules:' in factgate.yaml.\n"],
    [
      ['explain', 'team/no-anon-insert', '--snapshot', 'fixtures/nikita/snapshot.json', '--rules', 'builtin/postgres'],
      "no loaded rule has the id 'team/no-anon-insert'. The rules came from 'builtin/postgres'; name your rule files with --rules PATH (repeatable, 'builtin' for the built-in packs) or 'rules:' in factgate.yaml.\n",
    ],
    [['explain', 'rls-enabled', ...nikita], "no loaded rule has the id 'rls-enabled'. Did you mean 'postgres/rls-enabled'? The rules came from 'builtin'; name your rule files with --rules PATH (repeatable, 'builtin' for the built-in packs) or 'rules:' in factgate.yaml.\n"],
    [
      ['explain', 'postgres/rls-enabled', ...nikita, '--resource', 'audit_logs'],
      "no postgres.tables resource in the snapshot has the id 'audit_logs'. Did you mean 'public.audit_logs'? Give the id as reports print it, or omit --resource to explain every resource.\n",
    ],
    [
      ['explain', 'postgres/insert-policy-checks-owner', ...nikita, '--resource', 'public.memory_facts:Users can insert memory facts'],
      "no postgres.policies resource in the snapshot has the id 'public.memory_facts:Users can insert memory facts'. Did you mean 'public.memory_facts: Users can insert memory facts'? Give the id as reports print it, or omit --resource to explain every resource.\n",
    ],
    [
      ['explain', 'postgres/rls-enabled', ...nikita, '--resource', 'zzz'],
      "no postgres.tables resource in the snapshot has the id 'zzz'. Ids of postgres.tables look like 'auth.users', 'cron.job', 'cron.job_run_details'. Give the id as reports print it, or omit --resource to explain every resource.\n",
    ],
    [['explain', ...nikita], "'factgate explain' takes one rule id, got none, e.g. factgate explain postgres/rls-enabled --snapshot snapshot.json. Run 'factgate help' for usage.\n"],
    [
      ['explain', 'postgres/rls-enabled', 'public.audit_logs', ...nikita],
      "'factgate explain' takes one rule id, got 'postgres/rls-enabled', 'public.audit_logs', e.g. factgate explain postgres/rls-enabled --snapshot snapshot.json. Run 'factgate help' for usage.\n",
    ],
    [
      ['explain', 'postgres/rls-enabled'],
      "'factgate explain' needs --snapshot FILE: the snapshot to explain the rule on (write one with factgate collect … -o FILE). Run 'factgate help' for usage.\n",
    ],
    [['explain', 'postgres/rls-enabled', ...nikita, '--format', 'sarif'], "--format must be one of json, text, got 'sarif'. Run 'factgate help' for usage.\n"],
    [['explain', 'postgres/rls-enabled', ...nikita, '--resorce', 'x'], "'factgate explain' has no option '--resorce'. Did you mean '--resource'? Run 'factgate help' for usage.\n"],
  ])('given %j, should explain the problem', async (argv, message) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('given a rule the configuration disables, should say so at its line in factgate.yaml', async () => {
    const { code, stderr } = await runCli(['explain', 'postgres/multiple-permissive-policies', ...nikita]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `fixtures/nikita/factgate.yaml:11:5: rule 'postgres/multiple-permissive-policies' is disabled here (reason: 'Performance lint; the own-data + admin-read policy pairs are intended (audit C.3).'), so it is not loaded; remove it from 'disable:' to explain it.\n`,
    );
  });
});
