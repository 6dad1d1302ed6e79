import path from 'node:path';
import { stringify } from 'yaml';
import { compileRule } from '../compile/compile-rule.js';
import { FactgateError, FactgateErrors } from '../errors.js';
import { messages } from '../error-messages.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { YamlFile } from '../load/yaml-file.js';
import type { RuleDefinition } from '../rule/types.js';
import { rowsOf } from '../snapshot/kinds.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { SNAPSHOT_VERSION, type Facts, type Snapshot } from '../snapshot/types.js';
import { deepFreeze } from './deep-freeze.js';
import { lineDiff } from './line-diff.js';
import type { ExpectedViolation, RuleTestResult } from './rule-test-result.js';

const DEFAULT_CLOCK = '2026-01-01T00:00:00.000Z';

/** One case of a `<rule>.test.yaml`, after schema validation. */
export interface TestCase {
  name: string;
  collectedAt?: string;
  parameters?: Record<string, unknown>;
  facts?: Facts;
  snapshot?: string;
  expect: { resource: string; message: string; severity?: string }[];
}

/** Where a rule and one of its cases are written. */
export interface CaseSource {
  ruleYaml: YamlFile;
  definition: RuleDefinition;
  testYaml: YamlFile;
  index: number;
}

/**
 * Runs one case: the rule compiled with the case's parameters, evaluated on a frozen snapshot (so an
 * operator that mutates facts fails), violations compared exactly, and a passing case that checked
 * nothing failed as vacuous.
 */
export async function runCase(testCase: TestCase, { ruleYaml, definition, testYaml, index }: CaseSource): Promise<RuleTestResult> {
  const at = ['cases', index];
  const errors: FactgateError[] = [];
  const overrides = testCase.parameters && { values: testCase.parameters, locate: (name: string) => testYaml.locate([...at, 'parameters', name]) };
  const rule = compileRule(definition, ruleYaml, overrides, errors);
  if (!rule) throw new FactgateErrors(errors);
  if (testCase.facts && testCase.snapshot) {
    throw new FactgateError('rule-test-invalid', messages.ruleTestFactsAndSnapshot(testCase.name), { location: testYaml.locate(at) });
  }
  const snapshot: Snapshot = testCase.snapshot
    ? await loadSnapshot(path.resolve(path.dirname(testYaml.file), testCase.snapshot))
    : { factgate: SNAPSHOT_VERSION, collectedAt: testCase.collectedAt ?? DEFAULT_CLOCK, sources: [], facts: testCase.facts ?? {} };
  const evaluation = evaluate([rule], deepFreeze(structuredClone(snapshot)));
  const base = { rule: rule.id, file: testYaml.file, name: testCase.name, location: testYaml.locate(at) };
  if (evaluation.errors.length > 0) return { ...base, passed: false, failure: evaluation.errors.map((e) => e.message).join('\n') };
  const actual: ExpectedViolation[] = evaluation.violations.map((v) => ({ resource: v.resource.id, message: v.message, severity: v.severity }));
  const expected: ExpectedViolation[] = testCase.expect.map((e) => ({ resource: e.resource, message: e.message, severity: e.severity ?? rule.severity }));
  // A passing case must exercise the rule: with an assert, `where` must select a row that then passes;
  // without one (every selected row is a violation), the case must give rows that `where` rejects.
  const vacuous = rule.assert ? (evaluation.selected[rule.id] ?? 0) === 0 : rowsOf(snapshot.facts, rule.resource).length === 0;
  if (expected.length === 0 && vacuous) {
    const hint = rule.assert ? "Give it facts its 'where' selects." : `Give it rows of ${rule.resource} that its 'where' rejects.`;
    return { ...base, passed: false, failure: messages.ruleTestVacuous(hint) };
  }
  if (JSON.stringify(actual) === JSON.stringify(expected)) return { ...base, passed: true };
  const diff = lineDiff(yamlList(expected), yamlList(actual));
  return { ...base, passed: false, failure: ['- expected', '+ actual', ...diff].join('\n'), expected, actual };
}

const yamlList = (list: ExpectedViolation[]): string => (list.length === 0 ? '[]\n' : stringify(list, { lineWidth: 0 }));
