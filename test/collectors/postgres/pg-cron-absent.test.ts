import { beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import { freshDatabase, okFacts, snapshotErrors, urlFor } from './support.js';

const CRONLESS = 'absent_cronless';
const API_DB = 'absent_api';
const ROLE_DB = 'absent_role_setting';

beforeAll(async () => {
  await freshDatabase(CRONLESS, 'create table public.notes (id int primary key, body text);');
  await freshDatabase(API_DB, 'create schema api; create table api.items (id int);');
  await freshDatabase(ROLE_DB);
  const { asSuperuser } = await import('./support.js');
  await asSuperuser('postgres', async (client) => {
    await client.query(`alter database ${API_DB} set pgrst.db_schemas = 'api, public'`);
    // PostgREST reads the authenticator role's settings; they win over the database's.
    await client.query(`alter database ${ROLE_DB} set pgrst.db_schemas = 'ignored'`);
    await client.query(`alter role authenticator in database ${ROLE_DB} set pgrst.db_schemas = 'graphql_public,  "public" '`);
  });
});

describe('given a database of the same cluster without pg_cron', () => {
  it('should say pg_cron is not installed, list no job and still collect everything else', async () => {
    const result = okFacts(await collectPostgres(urlFor(CRONLESS)));
    expect(result.facts.pgCron).toEqual({
      installations: [{ database: CRONLESS, installed: false, version: null, seesAllJobs: true, jobCount: 0, runHistory: null }],
      jobs: [],
    });
    expect(result.facts.postgres!.tables.map((t) => `${t.schema}.${t.name}`)).toEqual(['public.notes']);
    expect(result.facts.postgres!.extensions.map((e) => e.name)).toEqual(['plpgsql']);
    expect(snapshotErrors(result)).toEqual([]);
  });

  it('should fall back to the Data API default when pgrst.db_schemas is set nowhere', async () => {
    const result = okFacts(await collectPostgres(urlFor(CRONLESS)));
    expect(result.facts.postgres!.databases[0]?.exposedSchemas).toEqual(['public', 'graphql_public']);
    expect(result.facts.postgres!.tables[0]?.exposed).toBe(true);
  });
});

describe('given pgrst.db_schemas set on the database', () => {
  it('should expose exactly the listed schemas', async () => {
    const result = okFacts(await collectPostgres(urlFor(API_DB)));
    expect(result.facts.postgres!.databases[0]?.exposedSchemas).toEqual(['api', 'public']);
    expect(result.facts.postgres!.schemas.map((s) => [s.name, s.exposed])).toEqual([
      ['api', true],
      ['public', true],
    ]);
    expect(result.facts.postgres!.tables.map((t) => [t.name, t.exposed])).toEqual([['items', true]]);
  });
});

describe("given pgrst.db_schemas set on the authenticator role in the database", () => {
  it("should prefer the role's setting over the database's, as PostgREST does", async () => {
    const result = okFacts(await collectPostgres(urlFor(ROLE_DB)));
    expect(result.facts.postgres!.databases[0]?.exposedSchemas).toEqual(['graphql_public', 'public']);
  });
});
