import type { Severity } from '../severity.js';

/** One rule not holding for one resource: data, never an exception. */
export interface Violation {
  rule: string;
  severity: Severity;
  title: string;
  resource: { kind: string; id: string };
  message: string;
  remediation: string;
  /** The facts the rule read, by path, as observed. */
  evidence: Record<string, unknown>;
  /** sha256 of rule id, resource kind and resource identity: stable across messages, order and time. */
  fingerprint: string;
  /** For resources in a source tree. */
  location?: { file: string; line: number };
}

/** A rule that could not be evaluated (an operator threw, or its facts are missing). */
export interface EvaluationError {
  code: 'operator-threw' | 'missing-facts';
  rule: string;
  resource?: { kind: string; id: string };
  message: string;
}
