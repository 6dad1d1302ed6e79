import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../helpers/temp-files.js';

const header = `id: demo/min-instances
title: Minimum instances
severity: high
rationale: Cold starts.
remediation: Set them.
resource: cloudRun.services
`;

async function validate(rule: string, extra: Record<string, string> = {}) {
  const dir = tempFiles({ 'rules/rule.yaml': rule, ...extra });
  const result = await runCli(['validate', 'rules'], dir);
  return { ...result, stderr: result.stderr.replaceAll(dir + '/', '') };
}

describe('rule loading errors', () => {
  it('given valid rules, should say how many and exit 0', async () => {
    expect(await validate(`${header}assert: { path: minInstances.effective, gte: 1 }\nmessage: "{{name}} is cold"\n`)).toEqual({
      code: 0, stdout: '1 rule valid.\n', stderr: '',
    });
  });

  it('given malformed YAML, should report the line and column of the syntax error', async () => {
    const { code, stderr } = await validate(`${header}assert: { path: name, equals: [a, b }\nmessage: x\n`);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^rules\/rule\.yaml:7:\d+: invalid YAML: /);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('given a misspelt top-level key, should name it, suggest the right one and point at the key', async () => {
    const { code, stderr } = await validate(`${header.replace('severity', 'severty')}message: x\n`);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "rules/rule.yaml:1:1: the rule is missing the required key 'severity'.\n" +
        "rules/rule.yaml:3:1: the rule has unknown key 'severty'. Did you mean 'severity'?\n2 errors.\n",
    );
  });

  it('given a severity outside the scale, should list the allowed values', async () => {
    const { stderr } = await validate(`${header.replace('severity: high', 'severity: urgent')}message: x\n`);
    expect(stderr).toBe("rules/rule.yaml:3:11: 'severity' must be one of 'critical', 'high', 'medium', 'low', 'info', got 'urgent'.\n");
  });

  it('given an unknown operator, should suggest the closest one', async () => {
    const { code, stderr } = await validate(`${header}assert: { path: name, equal: x }\nmessage: x\n`);
    expect(code).toBe(2);
    expect(stderr).toBe("rules/rule.yaml:7:23: unknown operator 'equal'. Did you mean 'equals'? docs/rule-language.md lists every operator.\n");
  });

  it('given an unknown resource kind, should suggest the closest one', async () => {
    const { stderr } = await validate(`${header.replace('cloudRun.services', 'cloudrun.service')}message: x\n`);
    expect(stderr).toBe("rules/rule.yaml:6:11: unknown resource kind 'cloudrun.service'. Did you mean 'cloudRun.services'?\n");
  });

  it('given a misspelt fact path, should point at it and suggest the existing path', async () => {
    const { stderr } = await validate(`${header}assert: { path: minInstances.efective, gte: 1 }\nmessage: x\n`);
    expect(stderr).toBe(
      "rules/rule.yaml:7:17: 'minInstances.efective' is not a fact of cloudRun.services. Did you mean 'minInstances.effective'? See schema/snapshot.schema.json or docs/snapshot.md for the facts of each kind.\n",
    );
  });

  it('given a fact path inside a list quantifier, should check it against the list items', async () => {
    const { stderr } = await validate(`${header}assert: { path: containers, every: { path: startupCpuBost, equals: true } }\nmessage: x\n`);
    expect(stderr).toBe(
      "rules/rule.yaml:7:44: 'startupCpuBost' is not a fact of items of containers in cloudRun.services. Did you mean 'startupCpuBoost'? See schema/snapshot.schema.json or docs/snapshot.md for the facts of each kind.\n",
    );
  });

  it('given a regex RE2 cannot compile, should report it with the pattern', async () => {
    const { stderr } = await validate(`${header}assert: { path: name, matches: '(api' }\nmessage: x\n`);
    expect(stderr).toBe(
      "rules/rule.yaml:7:32: invalid regular expression '(api': missing closing ): `(api`. factgate uses RE2 syntax (no backreferences or lookaround).\n",
    );
  });

  it('given a backreference, should refuse it as RE2 does', async () => {
    const { code, stderr } = await validate(`${header}assert: { path: name, matches: '(a)\\1' }\nmessage: x\n`);
    expect(code).toBe(2);
    expect(stderr).toContain("invalid regular expression '(a)\\1'");
  });

  it('given an operand of the wrong type, should say what the operator takes', async () => {
    const { stderr } = await validate(`${header}assert: { path: minInstances.effective, gte: one }\nmessage: x\n`);
    expect(stderr).toBe(
      "rules/rule.yaml:7:46: invalid operand for 'gte': the operand must be number, got \"one\". Example: see 'gte' in docs/rule-language.md\n",
    );
  });

  it('given a bad duration, should explain the duration syntax', async () => {
    const dir = `${header.replace('cloudRun.services', 'pgCron.jobs')}assert: { path: lastSuccess.start, withinLast: 3 days }\nmessage: x\n`;
    const { stderr } = await validate(dir);
    expect(stderr).toBe("rules/rule.yaml:7:48: invalid operand for 'withinLast': '3 days' is not a duration (write e.g. '26h' or '7d'). Example: see 'withinLast' in docs/rule-language.md\n");
  });

  it('given an unknown message placeholder, should suggest the fact', async () => {
    const { stderr } = await validate(`${header}message: "{{nmae}} is cold"\n`);
    expect(stderr).toBe("rules/rule.yaml:7:10: the template placeholder '{{nmae}}' names no fact of cloudRun.services nor a parameter. Did you mean 'name'?\n");
  });

  it('given an unknown parameter reference, should list the declared ones', async () => {
    const { stderr } = await validate(
      `${header}parameters:\n  minimum: { default: 1, description: d }\nassert: { path: minInstances.effective, gte: { param: minimun } }\nmessage: x\n`,
    );
    expect(stderr).toBe("rules/rule.yaml:9:46: rule 'demo/min-instances' has no parameter 'minimun'. Did you mean 'minimum'?\n");
  });

  it('given two rules with the same id, should name where the first is defined', async () => {
    const rule = `${header}message: x\n`;
    const { stderr } = await validate(rule, { 'rules/copy.yaml': rule });
    expect(stderr).toBe("rules/rule.yaml:1:5: rule id 'demo/min-instances' is already defined at rules/copy.yaml:1:5; rule ids must be unique.\n");
  });

  it('given an id that is not pack/name, should show the expected form', async () => {
    const { stderr } = await validate(`${header.replace('demo/min-instances', 'MinInstances')}message: x\n`);
    expect(stderr).toBe("rules/rule.yaml:1:5: rule id 'MinInstances' must be '<pack>/<name>' in lower-case kebab-case, e.g. 'postgres/rls-enabled'.\n");
  });

  it('given several broken files, should report every error at once, sorted by file and line', async () => {
    const dir = tempFiles({
      'rules/b.yaml': `${header.replace('demo/min-instances', 'demo/b')}assert: { path: nme, equals: x }\nmessage: x\n`,
      'rules/a.yaml': `${header.replace('demo/min-instances', 'demo/a')}assert: { path: name, equls: x }\nmessage: "{{foo}}"\n`,
    });
    const { code, stderr } = await runCli(['validate', 'rules'], dir);
    expect(code).toBe(2);
    expect(stderr.replaceAll(dir + '/', '').split('\n').map((l) => l.slice(0, 31))).toEqual([
      'rules/a.yaml:7:23: unknown oper',
      'rules/a.yaml:8:10: the template',
      "rules/b.yaml:7:17: 'nme' is not",
      '3 errors.',
      '',
    ]);
  });

  it('given a condition with two operators, should say a condition takes exactly one', async () => {
    const { stderr } = await validate(`${header}assert: { path: name, equals: a, matches: b }\nmessage: x\n`);
    expect(stderr).toBe("rules/rule.yaml:7:9: the condition on 'name' must have exactly one operator, found 'equals', 'matches'.\n");
  });
});

describe('factgate.yaml source probes', () => {
  it('given a probe with a regex RE2 refuses, should report it at its line in factgate.yaml', async () => {
    const dir = tempFiles({
      'rules/rule.yaml': `${header}assert: { path: minInstances.effective, gte: 1 }\nmessage: x\n`,
      'factgate.yaml': "source:\n  probes:\n    - id: broken-probe\n      include: ['**/*.py']\n      pattern: '(?<=secret)x'\n",
    });
    const { code, stderr } = await runCli(['validate', 'rules'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^factgate\.yaml:5:\d+: .*broken-probe.*\n$/);
  });
});
