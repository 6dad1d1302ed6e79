import { SNAPSHOT_VERSION, type Facts, type Snapshot, type SourceStatus } from '../engine/snapshot/types.js';
import { compareText } from './compare-text.js';
import type { CollectorResult } from './types.js';

const sectionsOf: Record<SourceStatus['collector'], (keyof Facts)[]> = {
  postgres: ['postgres', 'pgCron'],
  cloudRun: ['cloudRun'],
  source: ['source'],
};

/**
 * Concatenates the facts of several results into one Facts object, section by section. Each collector
 * sorts its own lists; a list filled by several targets is re-sorted so that the snapshot does not
 * depend on the order of the command-line flags. Rows start with their identity fields (database,
 * project and region, root), so their JSON text orders them by identity.
 */
export function mergeFacts(results: CollectorResult[]): Facts {
  const facts: Record<string, Record<string, unknown[]>> = {};
  const contributors = new Map<unknown[], number>();
  for (const result of results) {
    if (result.status !== 'ok') continue;
    for (const [section, lists] of Object.entries(result.facts)) {
      const target = (facts[section] ??= {});
      for (const [list, items] of Object.entries(lists as Record<string, unknown[]>)) {
        const merged = (target[list] ??= []);
        merged.push(...items);
        contributors.set(merged, (contributors.get(merged) ?? 0) + 1);
      }
    }
  }
  for (const [list, count] of contributors) {
    if (count < 2) continue;
    const keyed = list.map((row) => [JSON.stringify(row), row] as const).sort(([a], [b]) => compareText(a, b));
    list.splice(0, list.length, ...keyed.map(([, row]) => row));
  }
  return facts as Facts;
}

/** Assembles a snapshot from collector results. `collectedAt` is the earliest clock a collector reported, else now. */
export function assembleSnapshot(results: CollectorResult[], now: () => Date = () => new Date()): Snapshot {
  const clocks = results.flatMap((r) => (r.status === 'ok' && r.collectedAt ? [r.collectedAt] : [])).sort();
  return {
    factgate: SNAPSHOT_VERSION,
    collectedAt: clocks[0] ?? now().toISOString(),
    sources: results.map((r) => r.source),
    facts: mergeFacts(results),
  };
}

/**
 * Replaces, in an existing snapshot, the sections and source entries of the collectors that ran again
 * (used by `npm run fixtures --only …`), keeping the rest and a fixed collectedAt.
 */
export function mergeCollectorResults(previous: Snapshot, results: CollectorResult[], collectedAt: string): Snapshot {
  const rerun = new Set(results.map((r) => r.source.collector));
  const kept = previous.sources.filter((s) => !rerun.has(s.collector));
  const facts: Facts = { ...previous.facts };
  for (const collector of rerun) for (const section of sectionsOf[collector]) delete facts[section];
  Object.assign(facts, mergeFacts(results));
  const ordered: Facts = {};
  for (const section of ['postgres', 'pgCron', 'cloudRun', 'source'] as const) if (facts[section]) Object.assign(ordered, { [section]: facts[section] });
  return {
    factgate: SNAPSHOT_VERSION,
    collectedAt,
    sources: [...kept, ...results.map((r) => ({ ...r.source, durationMs: 0 }))].sort((a, b) =>
      compareText(a.collector, b.collector) || compareText(a.target, b.target),
    ),
    facts: ordered,
  };
}
