import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FactgateError, FactgateErrors } from '../errors.js';
import { messages } from '../error-messages.js';
import { validatorFor } from '../load/ajv.js';
import { findFiles, isRuleFileName, isRuleTestFileName } from '../load/find-files.js';
import { checkRuleFile } from '../load/load-rules.js';
import { schemaErrorsToFactgate } from '../load/schema-errors.js';
import { readYamlFile } from '../load/yaml-file.js';
import { schemaDir } from '../package-root.js';
import type { RuleTestResult } from './rule-test-result.js';
import { runCase, type TestCase } from './run-case.js';

const testSchema = JSON.parse(readFileSync(path.join(schemaDir, 'rule-test.schema.json'), 'utf8')) as object;

export const testFileFor = (ruleFile: string): string => ruleFile.replace(/\.ya?ml$/, '.test.yaml');
/** A test file given on the command line stands for the rule beside it. */
const ruleFileFor = (given: string): string => {
  if (!isRuleTestFileName(path.basename(given))) return given;
  const yaml = given.replace(/\.test\.ya?ml$/, '.yaml');
  return existsSync(yaml) ? yaml : given.replace(/\.test\.ya?ml$/, '.yml');
};

/**
 * Runs the tests of every rule file under `paths` (a `.test.yaml` stands for its rule). Bad rule or
 * test files are thrown (exit 2); failed expectations and unmet requirements are results (exit 1).
 */
export async function runRuleTests(paths: readonly string[]): Promise<RuleTestResult[]> {
  const ruleFiles = await findFiles(paths.map(ruleFileFor), isRuleFileName);
  if (ruleFiles.length === 0) throw new FactgateError('file-unreadable', messages.noRuleFiles(paths));
  const results: RuleTestResult[] = [];
  const errors: FactgateError[] = [];
  // A test whose rule was renamed or moved would otherwise be skipped without a word.
  const testFiles = (await findFiles(paths, isRuleTestFileName)).filter((f) => isRuleTestFileName(path.basename(f)));
  for (const orphan of testFiles.filter((f) => !existsSync(ruleFileFor(f)))) {
    errors.push(new FactgateError('rule-test-invalid', messages.ruleTestOrphan(path.basename(orphan)), { target: orphan }));
  }
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
  if (!existsSync(testFile)) return [requirement('has a test file', messages.ruleTestMissingFile(path.basename(testFile), path.basename(ruleFile)))];

  const testYaml = await readYamlFile(testFile);
  const validate = validatorFor(testSchema);
  if (!validate(testYaml.value)) throw new FactgateErrors(schemaErrorsToFactgate(validate.errors ?? [], testYaml, 'rule test', { code: 'rule-test-invalid' }));
  const spec = testYaml.value as { rule?: string; cases: TestCase[] };
  if (spec.rule !== undefined && spec.rule !== definition.id) {
    throw new FactgateError('rule-test-invalid', messages.ruleTestNamesOtherRule(spec.rule, path.basename(ruleFile), definition.id), { location: testYaml.locate(['rule']) });
  }
  const names = new Set<string>();
  const results: RuleTestResult[] = [];
  for (const [index, testCase] of spec.cases.entries()) {
    if (names.has(testCase.name)) {
      throw new FactgateError('rule-test-invalid', messages.ruleTestDuplicateCase(testCase.name), { location: testYaml.locate(['cases', index, 'name']) });
    }
    names.add(testCase.name);
    results.push(await runCase(testCase, { ruleYaml, definition, testYaml, index }));
  }
  const violating = spec.cases.some((c) => c.expect.length > 0);
  const passing = spec.cases.some((c) => c.expect.length === 0);
  results.push(requirement('has a violating case', violating ? undefined : messages.ruleTestNeedsViolatingCase()));
  results.push(requirement('has a passing case', passing ? undefined : messages.ruleTestNeedsPassingCase()));
  return results;
}
