import type { SourceLocation } from '../errors.js';

/** One violation as a test case states it (and as the tester reports what the rule actually found). */
export interface ExpectedViolation {
  resource: string;
  message: string;
  severity: string;
}

/** The outcome of one rule test case, or of one of the tester's own checks on a rule (marked `check`). */
export interface RuleTestResult {
  rule: string;
  /** The test file (or, for a missing test file, the test file that should exist). */
  file: string;
  name: string;
  passed: boolean;
  /** Where the case is written (its position in the test file); absent for the tester's checks. */
  location?: SourceLocation;
  /** Why it failed: expected against actual as a line diff, or which requirement is unmet. */
  failure?: string;
  /** For a case whose violations differ from its expectation: both lists, for machine-readable output. */
  expected?: ExpectedViolation[];
  actual?: ExpectedViolation[];
  /** True for the tester's requirements (a violating case, a passing case, a test file at all). */
  check?: boolean;
}
