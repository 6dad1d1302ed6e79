import type { Severity } from '../severity.js';
import type { SourceStatus } from '../snapshot/types.js';
import type { EvaluationError, Violation } from '../evaluate/violation.js';

export interface ReportedWaiver {
  reason: string;
  owner: string | null;
  expires: string;
  origin: 'config' | 'waivers-file' | 'triage';
  /** True when the waiver matched but had expired at collectedAt: the violation counts again. */
  expired: boolean;
}

/** A violation as reports show it, with what the gate did to it. */
export interface ReportedViolation extends Violation {
  waiver?: ReportedWaiver;
  /** Set when factgate.yaml changed the rule's severity for this resource. */
  severityOverride?: { from: Severity; reason: string };
}

export interface StaleWaiver {
  rule: string;
  resource: string | null;
  reason: string;
  expires: string;
  location: string | null;
}

/** The `report/v1` document: what every format renders. Built once, already sorted. */
export interface Report {
  factgate: 'report/v1';
  snapshot: { collectedAt: string; sources: Pick<SourceStatus, 'collector' | 'target' | 'status'>[] };
  summary: Record<Severity, number> & { waived: number; baselined: number; errors: number };
  /** Counted violations (including those whose waiver expired). */
  violations: ReportedViolation[];
  waived: ReportedViolation[];
  baselined: ReportedViolation[];
  /** Fingerprints of a baseline that no longer occur. */
  fixed: { fingerprint: string; rule: string; resource: { kind: string; id: string } }[];
  staleWaivers: StaleWaiver[];
  errors: EvaluationError[];
}

/** What formatters need besides the report: rule metadata and the gate's decision. */
export interface ReportContext {
  toolVersion: string;
  failOn: string;
  exitCode: 0 | 1 | 2;
  rules: Record<string, { title: string; severity: Severity; rationale: string; remediation: string; references: string[]; tags: string[] }>;
  color: boolean;
}
