import type { DiffViolation, FieldChange, SnapshotDiff } from '../../engine/diff/types.js';

const value = (change: FieldChange, side: 'old' | 'new'): string => (side in change ? JSON.stringify(change[side]) : '(absent)');
const finding = (label: string, v: DiffViolation): string[] => [
  `  ${label}  ${v.severity}  ${v.rule}  ${v.resource.kind} ${v.resource.id}${v.waived ? '  (waived)' : ''}`,
  `      ${v.message}`,
];
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `factgate diff` for people: resources (+ added, - removed, ~ changed with `path: old → new`), then findings. */
export function diffText(diff: SnapshotDiff): string {
  const { added, removed, changed } = diff.resources;
  const lines = [
    `Comparing the snapshot of ${diff.old.collectedAt} (old) with that of ${diff.new.collectedAt} (new).`,
    '',
    `RESOURCES: ${added.length} added, ${removed.length} removed, ${changed.length} changed`,
    ...added.map((r) => `  + ${r.kind} ${r.id}`),
    ...removed.map((r) => `  - ${r.kind} ${r.id}`),
    ...changed.flatMap((r) => [`  ~ ${r.kind} ${r.id}`, ...r.fields.map((f) => `      ${f.path}: ${value(f, 'old')} → ${value(f, 'new')}`)]),
    '',
    `VIOLATIONS: ${diff.violations.new.length} new, ${diff.violations.fixed.length} fixed`,
    ...diff.violations.new.flatMap((v) => finding('new  ', v)),
    ...diff.violations.fixed.flatMap((v) => finding('fixed', v)),
  ];
  if (diff.errors.length > 0) {
    lines.push('', `ERRORS (${diff.errors.length}): the violation diff is incomplete for these rules`);
    lines.push(...diff.errors.map((e) => `  ${e.snapshot}: ${e.message}`));
  }
  lines.push('', `${plural(added.length + removed.length + changed.length, 'resource')} differ; ${plural(diff.violations.new.length, 'violation')} new, ${diff.violations.fixed.length} fixed.`);
  return `${lines.join('\n')}\n`;
}
