/** The outcome of one rule test case, or of one of the tester's own checks on a rule (marked `check`). */
export interface RuleTestResult {
  rule: string;
  file: string;
  name: string;
  passed: boolean;
  /** Why it failed: expected against actual, or which requirement is unmet. */
  failure?: string;
  /** True for the tester's requirements (a violating case, a passing case, a test file at all). */
  check?: boolean;
}
