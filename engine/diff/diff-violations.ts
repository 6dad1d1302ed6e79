import type { Report, ReportedViolation } from '../report/report.js';
import type { DiffViolation, SnapshotDiff } from './types.js';

const entry = (v: ReportedViolation, waived: boolean): DiffViolation => ({
  rule: v.rule, severity: v.severity, resource: v.resource, message: v.message, fingerprint: v.fingerprint, waived,
});

/** Every finding of a report (counted, baselined or waived), in report order. */
const findings = (report: Report): DiffViolation[] => [
  ...report.violations.map((v) => entry(v, false)),
  ...report.baselined.map((v) => entry(v, false)),
  ...report.waived.map((v) => entry(v, true)),
];

/**
 * Findings that appeared or went away between two reports of the same rules, compared by
 * fingerprint (rule + resource identity): rewording, reordering and the clock change nothing.
 */
export function diffViolations(before: Report, after: Report): SnapshotDiff['violations'] {
  const oldFindings = findings(before);
  const newFindings = findings(after);
  const oldPrints = new Set(oldFindings.map((v) => v.fingerprint));
  const newPrints = new Set(newFindings.map((v) => v.fingerprint));
  return { new: newFindings.filter((v) => !oldPrints.has(v.fingerprint)), fixed: oldFindings.filter((v) => !newPrints.has(v.fingerprint)) };
}
