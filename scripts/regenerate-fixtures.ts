/**
 * `npm run fixtures [-- --only postgres|cloudRun|source]`: regenerate fixtures/nikita/snapshot.json by
 * running the real collectors on the scenario's inputs (schema.sql on a throwaway cluster, the gcloud
 * export, the source tree). Each part lives in scripts/fixtures/<part>.ts and returns a CollectorResult.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CollectorResult } from '../collectors/types.js';
import type { Snapshot } from '../engine/snapshot/types.js';
import { mergeCollectorResults } from '../collectors/snapshot.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const snapshotFile = path.join(root, 'fixtures/nikita/snapshot.json');
/** The audit was read at 11:00 UTC on 2026-02-09; the scenario is frozen at that instant. */
const SCENARIO_COLLECTED_AT = '2026-02-09T11:00:00.000Z';

const parts = {
  postgres: () => import('./fixtures/postgres.js').then((m) => m.collectNikitaPostgres()),
  cloudRun: () => import('./fixtures/cloud-run.js').then((m) => m.collectNikitaCloudRun()),
  source: () => import('./fixtures/source.js').then((m) => m.collectNikitaSource()),
} satisfies Record<string, () => Promise<CollectorResult>>;
type Part = keyof typeof parts;

async function main(): Promise<void> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] as Part) : undefined;
  if (only && !(only in parts)) throw new Error(`--only takes one of ${Object.keys(parts).join(', ')}`);
  const previous: Snapshot = existsSync(snapshotFile)
    ? (JSON.parse(await readFile(snapshotFile, 'utf8')) as Snapshot)
    : { factgate: 'snapshot/v1', collectedAt: SCENARIO_COLLECTED_AT, sources: [], facts: {} };
  const names = only ? [only] : (Object.keys(parts) as Part[]);
  const results: CollectorResult[] = [];
  for (const name of names) {
    process.stderr.write(`collecting ${name}…\n`);
    const result = await parts[name]();
    if (result.status === 'failed') throw new Error(`${name}: ${result.source.error}`);
    results.push(result);
  }
  const next = mergeCollectorResults(previous, results, SCENARIO_COLLECTED_AT);
  await writeFile(snapshotFile, JSON.stringify(next, null, 2) + '\n');
  process.stderr.write(`wrote ${path.relative(root, snapshotFile)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
