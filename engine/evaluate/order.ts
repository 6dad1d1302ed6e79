import { severityRank } from '../severity.js';
import type { Violation } from './violation.js';

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Severity, then rule id, then resource id, then fingerprint: the one order every report uses. */
export const compareViolations = (a: Violation, b: Violation): number =>
  severityRank(a.severity) - severityRank(b.severity) ||
  compareText(a.rule, b.rule) ||
  compareText(a.resource.id, b.resource.id) ||
  compareText(a.fingerprint, b.fingerprint);
