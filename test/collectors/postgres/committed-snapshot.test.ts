/**
 * The committed scenario must be what the collector really reads from schema.sql + cron.sql: a
 * fresh collection of the shared cluster's nikita database (as of the scenario instant) is compared
 * with the postgres part of fixtures/nikita/snapshot.json, and with a collection on a throwaway
 * cluster made the way `npm run fixtures -- --only postgres` makes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import type { CollectorResult } from '../../../collectors/types.js';
import type { Facts, Snapshot } from '../../../engine/snapshot/types.js';
import { collectNikitaPostgres, NIKITA_AS_OF, withFixtureTarget } from '../../../scripts/fixtures/postgres.js';
import { cluster, okFacts, root, urlFor } from './support.js';

const snapshotFile = path.join(root, 'fixtures/nikita/snapshot.json');

/** What may differ between two machines or two runs: the server's minor version and the wall time. */
function comparable(facts: Facts, stats: unknown): unknown {
  return {
    postgres: facts.postgres && {
      ...facts.postgres,
      databases: facts.postgres.databases.map((d) => ({ ...d, serverVersion: '15.x', serverVersionNum: 150000 })),
    },
    pgCron: facts.pgCron,
    stats,
  };
}

let fresh: Extract<CollectorResult, { status: 'ok' }>;

beforeAll(async () => {
  const live = await collectPostgres(urlFor('nikita'), { asOf: NIKITA_AS_OF });
  fresh = okFacts(withFixtureTarget(live, `postgres://postgres@127.0.0.1:${cluster().port}/nikita`));
});

describe('given the scenario regenerated on a throwaway cluster', () => {
  it('should give byte-identical facts to the shared test cluster', async () => {
    const regenerated = okFacts(await collectNikitaPostgres());
    expect(JSON.stringify({ ...regenerated, source: { ...regenerated.source, durationMs: 0 } }, null, 2)).toBe(
      JSON.stringify({ ...fresh, source: { ...fresh.source, durationMs: 0 } }, null, 2),
    );
  });
});

describe.skipIf(!existsSync(snapshotFile))('given the committed fixtures/nikita/snapshot.json', () => {
  it('should hold exactly the postgres and pgCron facts a fresh collection gives (npm run fixtures -- --only postgres)', () => {
    const committed = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
    const source = committed.sources.find((s) => s.collector === 'postgres');
    expect(source && { target: source.target, status: source.status, error: source.error }).toEqual({
      target: fresh.source.target,
      status: 'ok',
      error: null,
    });
    expect(comparable(committed.facts, source?.stats)).toEqual(comparable(fresh.facts, fresh.source.stats));
  });
});
