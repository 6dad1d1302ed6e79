import type { Report } from '../report/report.js';
import type { Snapshot } from '../snapshot/types.js';
import { diffResources } from './diff-resources.js';
import { diffViolations } from './diff-violations.js';
import type { SnapshotDiff } from './types.js';

/**
 * The `diff/v1` document: resources by identity and findings by fingerprint. The two reports must
 * come from the same rules and configuration, one per snapshot.
 */
export function diffSnapshots(before: { snapshot: Snapshot; report: Report }, after: { snapshot: Snapshot; report: Report }): SnapshotDiff {
  return {
    factgate: 'diff/v1',
    old: { collectedAt: before.snapshot.collectedAt },
    new: { collectedAt: after.snapshot.collectedAt },
    resources: diffResources(before.snapshot, after.snapshot),
    violations: diffViolations(before.report, after.report),
    errors: [
      ...before.report.errors.map((e) => ({ snapshot: 'old' as const, rule: e.rule, message: e.message })),
      ...after.report.errors.map((e) => ({ snapshot: 'new' as const, rule: e.rule, message: e.message })),
    ],
  };
}
