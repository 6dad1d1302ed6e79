import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import type { TodoTriage } from '../config/project-config.js';
import { resourceKinds, rowsOf } from '../snapshot/kinds.js';
import type { Snapshot } from '../snapshot/types.js';
import type { Row } from '../rule/types.js';
import type { Waiver } from './waiver.js';

type Matcher = (row: Row) => boolean;

function compileEntry(entry: TodoTriage): Matcher {
  const file = picomatch(entry.file, { dot: true });
  const text = entry.text === undefined ? undefined : RE2JS.compile(entry.text);
  return (row) => file(String(row.file)) && (!text || text.matcher(String(row.text)).find());
}

/** The first triage entry matching each TODO row; rules read it as the derived fact `triage`. */
export function triageOf(entries: readonly TodoTriage[]): (row: Row) => TodoTriage | undefined {
  const compiled = entries.map((entry) => [entry, compileEntry(entry)] as const);
  return (row) => compiled.find(([, matches]) => matches(row))?.[0];
}

/** Adds `triage: {verdict, reason, owner, expires}` (or null) to a source.todos row. */
export function deriveTriage(entries: readonly TodoTriage[]): (row: Row) => Row {
  const find = triageOf(entries);
  return (row) => {
    const entry = find(row);
    return { ...row, triage: entry ? { verdict: entry.verdict, reason: entry.reason, owner: entry.owner ?? null, expires: entry.expires ?? null } : null };
  };
}

/** A deferred TODO is waived, with the triage's reason, until its expiry: one waiver per TODO it covers. */
export function triageWaivers(snapshot: Snapshot, entries: readonly TodoTriage[]): Waiver[] {
  const find = triageOf(entries);
  const kind = resourceKinds['source.todos'];
  return rowsOf(snapshot.facts, 'source.todos').flatMap((row) => {
    const entry = find(row);
    if (entry?.verdict !== 'defer' || !entry.expires) return [];
    return [{
      rule: '*', kind: kind.reportKind, resource: kind.id(row), reason: entry.reason, expires: entry.expires, origin: 'triage' as const,
      ...(entry.owner ? { owner: entry.owner } : {}), location: entry.location,
    }];
  });
}

/** The facts a project's config adds before rules run (today: TODO triage), as evaluate/explain options. */
export const configuredFacts = (entries: readonly TodoTriage[]): { derive: { 'source.todos': (row: Row) => Row } } => ({
  derive: { 'source.todos': deriveTriage(entries) },
});
