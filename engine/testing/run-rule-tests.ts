import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { compileRule } from '../compile/compile-rule.js';
import { FactgateError, FactgateErrors } from '../errors.js';
import { evaluate } from '../evaluate/evaluate.js';
import { validatorFor } from '../load/ajv.js';
import { findFiles, isRuleFileName } from '../load/find-files.js';
import { checkRuleFile } from '../load/load-rules.js';
import { schemaErrorsToFactgate } from '../load/schema-errors.js';
import { readYamlFile, type YamlFile } from '../load/yaml-file.js';
import { schemaDir } from '../package-root.js';
import { rowsOf } from '../snapshot/kinds.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { SNAPSHOT_VERSION, type Facts, type Snapshot } from '../snapshot/types.js';
import { readFileSync } from 'node:fs';
import { deepFreeze } from './deep-freeze.js';
import type { RuleTestResult } from './rule-test-result.js';

const testSchema = JSON.parse(readFileSync(path.join(schemaDir, 'rule-test.schema.json'), 'utf8')) as object;
const DEFAULT_CLOCK = '2026-01-01T00:00:00.000Z';

interface TestCase {
  name: string;
  collectedAt?: string;
  parameters?: Record<string, unknown>;
  facts?: Facts;
  snapshot?: string;
  expect: { resource: string; message: string; severity?: string }[];
}

export const testFileFor = (ruleFile: string): string => ruleFile.replace(/\.ya?ml$/, '.test.yaml');

/**
 * Runs the tests of every rule file under `paths`. Bad rule or test files are thrown (exit 2); failed
 * expectations and unmet requirements are results (exit 1).
 */
export async function runRuleTests(paths: readonly string[]): Promise<RuleTestResult[]> {
  const ruleFiles = await findFiles(paths, isRuleFileName);
  const results: RuleTestResult[] = [];
  const errors: FactgateError[] = [];
  for (const ruleFile of ruleFiles) {
    try {
      results.push(...(await runRuleFileTests(ruleFile)));
    } catch (error) {
      if (error instanceof FactgateErrors) errors.push(...error.errors);
      else if (error instanceof FactgateError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new FactgateErrors(errors);
  return results;
}

async function runRuleFileTests(ruleFile: string): Promise<RuleTestResult[]> {
  const ruleYaml = await readYamlFile(ruleFile);
  const errors: FactgateError[] = [];
  const loaded = checkRuleFile(ruleYaml, errors);
  if (!loaded) throw new FactgateErrors(errors);
  const { definition } = loaded;
  const testFile = testFileFor(ruleFile);
  const requirement = (name: string, failure?: string): RuleTestResult => ({
    rule: definition.id, file: testFile, name, passed: failure === undefined, check: true, ...(failure ? { failure } : {}),
  });
  if (!existsSync(testFile)) return [requirement('has a test file', `no test file: write ${path.basename(testFile)} beside ${path.basename(ruleFile)}.`)];

  const testYaml = await readYamlFile(testFile);
  const validate = validatorFor(testSchema);
  if (!validate(testYaml.value)) throw new FactgateErrors(schemaErrorsToFactgate(validate.errors ?? [], testYaml, 'rule test', { code: 'rule-test-invalid' }));
  const spec = testYaml.value as { rule?: string; cases: TestCase[] };
  if (spec.rule !== undefined && spec.rule !== definition.id) {
    throw new FactgateError('rule-test-invalid', `this test file names rule '${spec.rule}' but ${path.basename(ruleFile)} defines '${definition.id}'.`, { location: testYaml.locate(['rule']) });
  }
  const names = new Set<string>();
  const results: RuleTestResult[] = [];
  let violating = 0;
  let passing = 0;
  for (const [index, testCase] of spec.cases.entries()) {
    if (names.has(testCase.name)) throw new FactgateError('rule-test-invalid', `duplicate case name '${testCase.name}'.`, { location: testYaml.locate(['cases', index, 'name']) });
    names.add(testCase.name);
    if (testCase.expect.length > 0) violating++;
    else passing++;
    results.push(await runCase(definition.id, ruleYaml, loaded.definition, testCase, testYaml, index));
  }
  results.push(requirement('has a violating case', violating === 0 ? 'every rule needs at least one case that expects a violation.' : undefined));
  results.push(requirement('has a passing case', passing === 0 ? 'every rule needs at least one case that expects no violation.' : undefined));
  return results;
}

async function runCase(
  ruleId: string,
  ruleYaml: YamlFile,
  definition: Parameters<typeof compileRule>[0],
  testCase: TestCase,
  testYaml: YamlFile,
  index: number,
): Promise<RuleTestResult> {
  const at = ['cases', index];
  const errors: FactgateError[] = [];
  const overrides = testCase.parameters && { values: testCase.parameters, locate: (name: string) => testYaml.locate([...at, 'parameters', name]) };
  const rule = compileRule(definition, ruleYaml, overrides, errors);
  if (!rule) throw new FactgateErrors(errors);
  if (testCase.facts && testCase.snapshot) {
    throw new FactgateError('rule-test-invalid', `case '${testCase.name}' gives both facts and snapshot; use one.`, { location: testYaml.locate(at) });
  }
  const snapshot: Snapshot = testCase.snapshot
    ? await loadSnapshot(path.resolve(path.dirname(testYaml.file), testCase.snapshot))
    : { factgate: SNAPSHOT_VERSION, collectedAt: testCase.collectedAt ?? DEFAULT_CLOCK, sources: [], facts: testCase.facts ?? {} };
  const evaluation = evaluate([rule], deepFreeze(structuredClone(snapshot)));
  const base = { rule: ruleId, file: testYaml.file, name: testCase.name };
  if (evaluation.errors.length > 0) return { ...base, passed: false, failure: evaluation.errors.map((e) => e.message).join('\n') };
  const actual = evaluation.violations.map((v) => ({ resource: v.resource.id, message: v.message, severity: v.severity }));
  const expected = testCase.expect.map((e) => ({ resource: e.resource, message: e.message, severity: e.severity ?? rule.severity }));
  // A passing case must exercise the rule: with an assert, `where` must select a row that then passes;
  // without one (every selected row is a violation), the case must give rows that `where` rejects.
  const vacuous = rule.assert ? (evaluation.selected[ruleId] ?? 0) === 0 : rowsOf(snapshot.facts, rule.resource).length === 0;
  if (testCase.expect.length === 0 && vacuous) {
    const hint = rule.assert ? "Give it facts its 'where' selects." : `Give it rows of ${rule.resource} that its 'where' rejects.`;
    return { ...base, passed: false, failure: `vacuous pass: the rule checked no resource, so this case proves nothing. ${hint}` };
  }
  if (JSON.stringify(actual) === JSON.stringify(expected)) return { ...base, passed: true };
  return { ...base, passed: false, failure: `expected:\n${indent(stringify(expected))}actual:\n${indent(stringify(actual))}` };
}

const indent = (text: string): string => text.split('\n').filter(Boolean).map((l) => `  ${l}\n`).join('') || '  []\n';
