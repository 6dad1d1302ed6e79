import type { Report } from '../report/report.js';
import { reachesThreshold, type Threshold } from '../severity.js';

export const EXIT = { ok: 0, violations: 1, error: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * 2 when the run cannot be trusted (an operator threw; a collector failed or facts are missing,
 * without --allow-partial),
 * else 1 when a counted violation reaches the threshold (or, with strictWaivers, a waiver is stale), else 0.
 */
export function exitCodeFor(report: Report, threshold: Threshold, options: { allowPartial?: boolean; strictWaivers?: boolean } = {}): ExitCode {
  const partial = report.snapshot.sources.some((s) => s.status === 'failed') || report.errors.some((e) => e.code === 'missing-facts');
  const untrusted = report.errors.some((e) => e.code === 'operator-threw') || (partial && !options.allowPartial);
  if (untrusted) return EXIT.error;
  if (report.violations.some((v) => reachesThreshold(v.severity, threshold))) return EXIT.violations;
  if (options.strictWaivers && report.staleWaivers.length > 0) return EXIT.violations;
  return EXIT.ok;
}
