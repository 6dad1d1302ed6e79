import { resourceKindNames, resourceKinds, rowsOf } from '../snapshot/kinds.js';
import type { Snapshot } from '../snapshot/types.js';
import type { Row } from '../rule/types.js';
import { diffFields } from './diff-fields.js';
import type { ResourceChange, ResourceRef, SnapshotDiff } from './types.js';

const compareIds = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function byIdentity(rows: Row[], identity: (row: Row) => string): Map<string, Row[]> {
  const index = new Map<string, Row[]>();
  for (const row of rows) index.set(identity(row), [...(index.get(identity(row)) ?? []), row]);
  return index;
}

/**
 * Resources added, removed and changed, kind by kind (sorted), matched by the kind's identity (the
 * same identity fingerprints use, so a TODO that moved lines is "changed", not removed and added).
 * Rows sharing an identity are paired in snapshot order; the rest count as added or removed.
 */
export function diffResources(before: Snapshot, after: Snapshot): SnapshotDiff['resources'] {
  const result: SnapshotDiff['resources'] = { added: [], removed: [], changed: [] };
  for (const name of resourceKindNames) {
    const kind = resourceKinds[name];
    const ref = (row: Row): ResourceRef => ({ kind: kind.reportKind, id: kind.id(row) });
    const oldRows = byIdentity(rowsOf(before.facts, name), kind.identity);
    const newRows = byIdentity(rowsOf(after.facts, name), kind.identity);
    const added: ResourceRef[] = [];
    const removed: ResourceRef[] = [];
    const changed: ResourceChange[] = [];
    for (const [identity, rows] of newRows) {
      const previous = oldRows.get(identity) ?? [];
      rows.forEach((row, i) => {
        const old = previous[i];
        if (!old) added.push(ref(row));
        else {
          const fields = diffFields(old, row);
          if (fields.length > 0) changed.push({ ...ref(row), fields });
        }
      });
    }
    for (const [identity, rows] of oldRows) removed.push(...rows.slice(newRows.get(identity)?.length ?? 0).map(ref));
    result.added.push(...added.sort(compareIds));
    result.removed.push(...removed.sort(compareIds));
    result.changed.push(...changed.sort(compareIds));
  }
  return result;
}
