import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PgGrant, PgTable, Snapshot } from '../../../engine/snapshot/types.js';
import { tempFiles } from '../../helpers/temp-files.js';

/**
 * Changed copies of the nikita snapshot, built in code from fixtures/nikita/snapshot.json so that
 * they follow it when the collectors regenerate it.
 */
export const nikitaSnapshot = (): Snapshot => JSON.parse(readFileSync('fixtures/nikita/snapshot.json', 'utf8')) as Snapshot;

export const scenario = ['--config', 'fixtures/nikita/factgate.yaml'];

/** Writes snapshots into a temp dir; returns their absolute paths in order. */
export function writeSnapshots(...snapshots: Snapshot[]): string[] {
  const dir = tempFiles(Object.fromEntries(snapshots.map((s, i) => [`snapshot-${i}.json`, `${JSON.stringify(s, null, 2)}\n`])));
  return snapshots.map((_, i) => path.join(dir, `snapshot-${i}.json`));
}

export const withCollectedAt = (s: Snapshot, collectedAt: string): Snapshot => ({ ...s, collectedAt });

/** One more public table without RLS, granted to the API roles as Supabase does: one new violation. */
export function withTableWithoutRls(s: Snapshot, name = 'webhook_events'): Snapshot {
  const pg = s.facts.postgres!;
  const template = pg.tables.find((t) => t.schema === 'public' && t.name === 'audit_logs')!;
  const table: PgTable = { ...template, name, totalBytes: 8192 };
  const grants: PgGrant[] = pg.grants.filter((g) => g.schema === 'public' && g.name === 'audit_logs').map((g) => ({ ...g, name }));
  return { ...s, facts: { ...s.facts, postgres: { ...pg, tables: [...pg.tables, table], grants: [...pg.grants, ...grants] } } };
}

/** The audit's P1 #2 done: nikita-api keeps one instance warm. */
export function withMinInstances(s: Snapshot, count: number): Snapshot {
  const services = s.facts.cloudRun!.services.map((svc) => ({ ...svc, minInstances: { ...svc.minInstances, revision: count, effective: count } }));
  return { ...s, facts: { ...s.facts, cloudRun: { services } } };
}

/** The audit's P1 #3 done for one table: memory_facts' INSERT policy checks the owner. */
export function withMemoryFactsPolicyFixed(s: Snapshot): Snapshot {
  const pg = s.facts.postgres!;
  const policies = pg.policies.map((p) => (p.table === 'memory_facts' && p.command === 'INSERT' ? { ...p, withCheck: '(auth.uid() = user_id)' } : p));
  return { ...s, facts: { ...s.facts, postgres: { ...pg, policies } } };
}

/** The postgres collector failed: its source says so and its facts (postgres and pg_cron) are missing. */
export function withPostgresFailed(s: Snapshot): Snapshot {
  const { postgres: _postgres, pgCron: _pgCron, ...facts } = s.facts;
  const sources = s.sources.map((src) =>
    src.collector === 'postgres' ? { ...src, status: 'failed' as const, error: 'connection refused (ECONNREFUSED 127.0.0.1:5432)', stats: {} } : src);
  return { ...s, sources, facts };
}

/** Every resource list in reverse order and every TODO moved 10 lines down: nothing a fingerprint depends on. */
export function reorderedAndMoved(s: Snapshot): Snapshot {
  const reverseLists = (section: object) => Object.fromEntries(Object.entries(section).map(([list, rows]) => [list, [...(rows as unknown[])].reverse()]));
  const reversed = Object.fromEntries(Object.entries(s.facts).map(([name, section]) => [name, reverseLists(section as object)])) as Snapshot['facts'];
  const source = reversed.source!;
  return { ...s, facts: { ...reversed, source: { ...source, todos: source.todos.map((t) => ({ ...t, line: t.line + 10 })) } } };
}
