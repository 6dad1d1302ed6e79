import type { Severity } from '../severity.js';

export interface ResourceRef {
  /** The report kind, e.g. postgres.table. */
  kind: string;
  /** The id as reports print it (in the newer snapshot when the resource exists in both). */
  id: string;
}

/** One fact that differs; `old` or `new` is absent (undefined, left out of JSON) when the field is. */
export interface FieldChange {
  path: string;
  old?: unknown;
  new?: unknown;
}

export interface ResourceChange extends ResourceRef {
  fields: FieldChange[];
}

export interface DiffViolation {
  rule: string;
  severity: Severity;
  resource: ResourceRef;
  message: string;
  fingerprint: string;
  /** True when a waiver covered it in the snapshot it comes from. */
  waived: boolean;
}

/** `diff/v1`: what changed between two snapshots, by resource identity, and which findings came or went. */
export interface SnapshotDiff {
  factgate: 'diff/v1';
  old: { collectedAt: string };
  new: { collectedAt: string };
  resources: { added: ResourceRef[]; removed: ResourceRef[]; changed: ResourceChange[] };
  violations: { new: DiffViolation[]; fixed: DiffViolation[] };
  /** Rules that could not be evaluated on either side: the violation diff is incomplete for them. */
  errors: { snapshot: 'old' | 'new'; rule: string; message: string }[];
}
