import type { RuleTestResult } from './rule-test-result.js';

/** The results of one rule: its cases and the tester's checks, in the order they ran. */
export interface RuleTestGroup {
  rule: string;
  passed: boolean;
  /** Cases written in the test file (the tester's checks are not counted). */
  cases: number;
  results: RuleTestResult[];
}

export interface RuleTestSummary {
  rules: number;
  rulesFailed: number;
  cases: number;
  casesFailed: number;
}

/** Groups results by rule (in run order, which is rule file order) and counts them. */
export function groupRuleTestResults(results: readonly RuleTestResult[]): { groups: RuleTestGroup[]; summary: RuleTestSummary } {
  const byRule = new Map<string, RuleTestResult[]>();
  for (const result of results) byRule.set(result.rule, [...(byRule.get(result.rule) ?? []), result]);
  const groups = [...byRule].map(([rule, list]) => ({
    rule,
    passed: list.every((r) => r.passed),
    cases: list.filter((r) => !r.check).length,
    results: list,
  }));
  const cases = results.filter((r) => !r.check);
  return {
    groups,
    summary: {
      rules: groups.length,
      rulesFailed: groups.filter((g) => !g.passed).length,
      cases: cases.length,
      casesFailed: cases.filter((r) => !r.passed).length,
    },
  };
}
