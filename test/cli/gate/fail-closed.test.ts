import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../engine/error-messages.js';
import type { Report } from '../../../engine/report/report.js';
import { runCli } from '../../helpers/run-cli.js';
import { nikitaSnapshot, scenario, withPostgresFailed, writeSnapshots } from './nikita-variants.js';

/** The built-in postgres and pg-cron rules that fixtures/nikita/factgate.yaml does not disable, sorted as reports sort them. */
function postgresRules(): string[] {
  const disabled = ['postgres/auth-function-initplan', 'postgres/multiple-permissive-policies'];
  return ['pg-cron', 'postgres']
    .flatMap((pack) => readdirSync(path.join('rules', pack)).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml')).map((f) => `${pack}/${f.slice(0, -'.yaml'.length)}`))
    .filter((id) => !disabled.includes(id))
    .sort();
}

const failedSnapshot = () => writeSnapshots(withPostgresFailed(nikitaSnapshot()))[0]!;
const run = (snapshot: string, ...extra: string[]) => runCli(['check', '--snapshot', snapshot, ...scenario, ...extra]);

/** The rules that need postgres facts (postgres.* and pgCron.* kinds), as the json report lists their errors. */
async function missingRules(snapshot: string): Promise<string[]> {
  const report = JSON.parse((await run(snapshot, '--allow-partial', '--format', 'json')).stdout) as Report;
  return report.errors.map((e) => e.rule);
}

describe('fail closed on a failed collector', () => {
  it('given a snapshot whose postgres source failed, should exit 2 and explain that the gate cannot pass it', async () => {
    const { code, stderr } = await run(failedSnapshot());
    expect(code).toBe(2);
    expect(stderr).toBe(`${messages.collectorFailed(1)}\n`);
  });

  it('given --allow-partial, should report every postgres and pg_cron rule as an error whose facts are missing', async () => {
    const snapshot = failedSnapshot();
    const report = JSON.parse((await run(snapshot, '--allow-partial', '--format', 'json')).stdout) as Report;
    const rules = report.errors.map((e) => e.rule);
    expect(rules).toEqual(postgresRules());
    expect(report.errors[0]).toEqual({
      code: 'missing-facts',
      rule: rules[0],
      message: `rule '${rules[0]}' could not be evaluated: the postgres collector failed for postgres://postgres@localhost:5432/nikita, so its facts are missing.`,
    });
    expect(report.summary.errors).toBe(rules.length);
    expect(report.violations.some((v) => v.rule.startsWith('postgres/') || v.rule.startsWith('pg-cron/'))).toBe(false);
  });

  it('given --allow-partial and the text format, should list the errors', async () => {
    const snapshot = failedSnapshot();
    const rules = await missingRules(snapshot);
    const { code, stdout, stderr } = await run(snapshot, '--allow-partial');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toContain(`ERRORS (${rules.length})\n`);
    for (const rule of rules) expect(stdout).toContain(`  rule '${rule}' could not be evaluated: the postgres collector failed`);
  });

  it('given --allow-partial and sarif, should carry each error as a tool execution notification of its rule', async () => {
    const snapshot = failedSnapshot();
    const rules = await missingRules(snapshot);
    const log = JSON.parse((await run(snapshot, '--allow-partial', '--format', 'sarif')).stdout) as {
      runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; associatedRule: { id: string } }[] }[]; results: { ruleId: string }[] }[];
    };
    const [invocation] = log.runs[0]!.invocations;
    expect(invocation!.executionSuccessful).toBe(true);
    expect(invocation!.toolExecutionNotifications.map((n) => `${n.level} ${n.associatedRule.id}`)).toEqual(rules.map((r) => `error ${r}`));
    expect(log.runs[0]!.results.some((r) => rules.includes(r.ruleId))).toBe(false);
  });

  it('given no --allow-partial and sarif, should mark the execution unsuccessful (exit 2)', async () => {
    const { code, stdout } = await run(failedSnapshot(), '--format', 'sarif');
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { runs: { invocations: { executionSuccessful: boolean }[] }[] }).runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });

  it('given --allow-partial and junit, should give each such rule an error test case and never a passing one', async () => {
    const snapshot = failedSnapshot();
    const rules = await missingRules(snapshot);
    const { stdout } = await run(snapshot, '--allow-partial', '--format', 'junit');
    for (const rule of rules) {
      expect(stdout).toContain(`<testcase classname="${rule}" name="all resources">\n      <error message="rule &apos;${rule}&apos; could not be evaluated`);
      expect(stdout).not.toContain(`<testcase classname="${rule}" name="all resources"/>`);
    }
    expect(stdout).toMatch(new RegExp(`<testsuites name="factgate" tests="\\d+" failures="\\d+" errors="${rules.length}" skipped="9">`));
  });

  it('given --allow-partial and github, should annotate each such rule as an error', async () => {
    const snapshot = failedSnapshot();
    const rules = await missingRules(snapshot);
    const { stdout } = await run(snapshot, '--allow-partial', '--format', 'github');
    const errors = stdout.split('\n').filter((line) => line.includes('could not be evaluated::'));
    expect(errors).toEqual(rules.map((r) => `::error title=${r} could not be evaluated::rule '${r}' could not be evaluated: the postgres collector failed for postgres://postgres@localhost:5432/nikita, so its facts are missing.`));
  });

  it('given --allow-partial and markdown, should list the errors, flag the failed source and never count such rules as passed', async () => {
    const snapshot = failedSnapshot();
    const rules = await missingRules(snapshot);
    const { stdout } = await run(snapshot, '--allow-partial', '--format', 'markdown');
    expect(stdout).toContain('**1 of 3 sources failed**: rules that need their facts are reported as errors, not as passes.');
    expect(stdout).toContain('| postgres | `postgres://postgres@localhost:5432/nikita` | **failed** |');
    const errorsSection = stdout.slice(stdout.indexOf('## Errors'));
    for (const rule of rules) {
      expect(errorsSection).toContain(`| \`${rule}\` | all resources | rule '${rule}' could not be evaluated`);
      const passedLines = stdout.split('\n').filter((line) => line.startsWith('**Passed**'));
      expect(passedLines.some((line) => line.includes(`\`${rule}\``))).toBe(false);
    }
    expect(stdout).toContain('## pg_cron\n\n| Resource | Finding | Severity | Action |\n|---|---|---|---|\n| all resources | rule \'pg-cron/');
  });
});
