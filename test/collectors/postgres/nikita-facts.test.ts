import { beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import type { PgCronJob, PgPolicy } from '../../../engine/snapshot/types.js';
import { cluster, okFacts, snapshotErrors, urlFor } from './support.js';

const AS_OF = '2026-02-09T11:00:00.000Z';
let result: Awaited<ReturnType<typeof collectPostgres>>;
const facts = () => okFacts(result).facts;
const policy = (table: string, name: string): PgPolicy | undefined =>
  facts().postgres?.policies.find((p) => p.schema === 'public' && p.table === table && p.name === name);
const job = (id: number): PgCronJob | undefined => facts().pgCron?.jobs.find((j) => j.jobId === id);

beforeAll(async () => {
  result = await collectPostgres(urlFor('nikita'), { asOf: AS_OF });
});

describe('given the nikita database collected as of the scenario instant', () => {
  it('should report the source as ok, with the target without password and the fixed query count', () => {
    const { source } = okFacts(result);
    expect(source).toMatchObject({
      collector: 'postgres',
      target: `postgres://postgres@127.0.0.1:${cluster().port}/nikita`,
      status: 'ok',
      error: null,
      stats: { queries: 14, tables: 37, policies: 89, cronJobs: 4 },
    });
    expect(okFacts(result).collectedAt).toBe(AS_OF);
  });

  it('should produce facts that validate against the snapshot schema', () => {
    expect(snapshotErrors(result)).toEqual([]);
  });

  it('should count 34 public tables, 33 with RLS, audit_logs without RLS and without policy, and 87 public policies', () => {
    const tables = facts().postgres!.tables.filter((t) => t.schema === 'public');
    expect(tables).toHaveLength(34);
    expect(tables.filter((t) => t.rlsEnabled)).toHaveLength(33);
    expect(tables.filter((t) => !t.rlsEnabled).map((t) => [t.name, t.policyCount])).toEqual([['audit_logs', 0]]);
    expect(facts().postgres!.policies.filter((p) => p.schema === 'public')).toHaveLength(87);
    expect(tables.filter((t) => t.rlsEnabled && t.policyCount === 0)).toEqual([]);
  });

  it('should count the policies of the tables the audit names', () => {
    const count = (name: string) => facts().postgres!.tables.find((t) => t.schema === 'public' && t.name === name)?.policyCount;
    expect(
      ['users', 'conversations', 'user_metrics', 'user_profiles', 'memory_facts', 'pending_registrations', 'onboarding_states'].map(count),
    ).toEqual([6, 4, 4, 4, 5, 2, 2]);
  });

  it('should give the memory_facts INSERT policy exactly as Postgres deparses it', () => {
    expect(policy('memory_facts', 'Users can insert memory facts')).toEqual({
      database: 'nikita',
      schema: 'public',
      table: 'memory_facts',
      name: 'Users can insert memory facts',
      command: 'INSERT',
      permissive: true,
      roles: ['authenticated'],
      using: null,
      withCheck: 'true',
      tableRlsEnabled: true,
    });
  });

  it('should print auth functions schema-qualified in policy expressions', () => {
    expect(policy('user_profiles', 'Users can insert profile')?.withCheck).toBe("(auth.role() = 'authenticated'::text)");
    expect(policy('conversations', 'Users can insert own conversations')?.withCheck).toBe('(auth.uid() = user_id)');
    expect(policy('users', 'Admins can view all users')?.using).toBe(
      '(EXISTS ( SELECT 1\n   FROM public.admin_users a\n  WHERE (a.user_id = auth.uid())))',
    );
  });

  it('should give the ALL-to-public policy of nikita_entities with role public and no WITH CHECK', () => {
    expect(policy('nikita_entities', 'Allow all operations')).toMatchObject({
      command: 'ALL',
      roles: ['public'],
      using: 'true',
      withCheck: null,
    });
  });

  it('should record server, role and the exposed schemas from the authenticator role setting', () => {
    const [database] = facts().postgres!.databases;
    expect(database).toMatchObject({
      database: 'nikita',
      target: `postgres://postgres@127.0.0.1:${cluster().port}/nikita`,
      currentRole: { name: 'postgres', superuser: true, bypassrls: true },
      exposedSchemas: ['public', 'graphql_public'],
    });
    expect(database?.serverVersion).toMatch(/^15\.\d+$/);
    expect(database?.serverVersionNum).toBeGreaterThanOrEqual(150000);
    expect(facts().postgres!.schemas.map((s) => [s.name, s.exposed])).toEqual([
      ['auth', false],
      ['cron', false],
      ['extensions', false],
      ['public', true],
    ]);
  });

  it('should record the Supabase roles, with service_role bypassing RLS', () => {
    expect(facts().postgres!.roles.map((r) => [r.name, r.superuser, r.bypassrls, r.canLogin])).toEqual([
      ['anon', false, false, false],
      ['authenticated', false, false, false],
      ['authenticator', false, false, true],
      ['postgres', true, true, true],
      ['service_role', false, true, false],
    ]);
  });

  it('should record the auth functions with their search_path pinned to empty and the extensions outside public', () => {
    const uid = facts().postgres!.functions.find((f) => f.schema === 'auth' && f.name === 'uid');
    expect(uid).toEqual({
      database: 'nikita',
      schema: 'auth',
      name: 'uid',
      args: '',
      kind: 'function',
      language: 'sql',
      securityDefiner: false,
      owner: 'postgres',
      searchPath: '',
      extensionMember: false,
      anonCanExecute: true,
      authenticatedCanExecute: true,
    });
    expect(facts().postgres!.functions.filter((f) => !f.extensionMember && f.searchPath === null)).toEqual([]);
    expect(facts().postgres!.extensions.map((e) => [e.name, e.schema, e.version === e.defaultVersion])).toEqual([
      ['pg_cron', 'pg_catalog', true],
      ['pgcrypto', 'extensions', true],
      ['plpgsql', 'pg_catalog', true],
      ['uuid-ossp', 'extensions', true],
    ]);
    expect(facts().postgres!.views).toEqual([]);
  });

  it('should resolve anon grants on public tables through the default privileges', () => {
    const grant = facts().postgres!.grants.find((g) => g.schema === 'public' && g.name === 'audit_logs' && g.grantee === 'anon');
    expect(grant).toEqual({
      database: 'nikita',
      schema: 'public',
      name: 'audit_logs',
      relkind: 'table',
      grantee: 'anon',
      privileges: ['DELETE', 'INSERT', 'SELECT', 'TRUNCATE', 'UPDATE'],
      schemaUsage: true,
    });
  });

  it('should list jobs 10 to 13 as the audit shows them, all active, and not the unscheduled job 14', () => {
    expect(facts().pgCron!.jobs.map((j) => [j.jobId, j.name, j.schedule, j.active, j.jobDatabase, j.username])).toEqual([
      [10, 'nikita-decay', '0 * * * *', true, 'nikita', 'postgres'],
      [11, 'nikita-deliver', '* * * * *', true, 'nikita', 'postgres'],
      [12, 'nikita-summary', '59 23 * * *', true, 'nikita', 'postgres'],
      [13, 'nikita-cleanup', '30 * * * *', true, 'nikita', 'postgres'],
    ]);
  });

  it("should find job 12's last success at 23:59 the night before, though job 11 ran 1,440 times since", () => {
    expect(job(12)).toMatchObject({
      lastRun: { runId: 10423, status: 'succeeded', start: '2026-02-08T23:59:00.006Z', end: '2026-02-08T23:59:00.169Z', message: '1 row' },
      lastSuccess: { start: '2026-02-08T23:59:00.006Z', end: '2026-02-08T23:59:00.169Z' },
      lastFailure: null,
      runs24h: 1,
      failures24h: 0,
      runsTotal: 7,
    });
    expect(job(11)).toMatchObject({ lastSuccess: { start: '2026-02-09T10:59:00.003Z' }, runs24h: 1440, runsTotal: 10740 });
    expect(job(13)).toMatchObject({ lastSuccess: { start: '2026-02-09T10:30:00.004Z', end: '2026-02-09T10:30:00.011Z' }, runs24h: 24 });
    expect(job(10)).toMatchObject({ lastSuccess: { start: '2026-02-09T10:00:00.007Z' }, runs24h: 24, runsTotal: 179 });
  });

  it('should describe the pg_cron installation and its unbounded run history', () => {
    expect(facts().pgCron!.installations).toEqual([
      {
        database: 'nikita',
        installed: true,
        version: '1.4-1',
        seesAllJobs: true,
        jobCount: 4,
        runHistory: { estimatedRows: 11105, totalBytes: expect.any(Number), oldestStart: '2026-02-02T00:00:00.004Z', minRunId: 1 },
      },
    ]);
  });

  it('should never delete from cron.job_run_details in any job command (no retention)', () => {
    const retention = /\b(delete\s+from|truncate(\s+table)?)\s+(only\s+)?"?cron"?\."?job_run_details"?/i;
    expect(facts().pgCron!.jobs.filter((j) => retention.test(j.command))).toEqual([]);
  });
});

describe('given no asOf', () => {
  it('should take collectedAt from the database clock and count the last 24 h from it', async () => {
    const before = Date.now();
    const live = okFacts(await collectPostgres(urlFor('nikita')));
    const at = Date.parse(live.collectedAt ?? '');
    expect(at).toBeGreaterThanOrEqual(before - 5_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 5_000);
    // The history ends at 2026-02-09T11:00Z, more than 24 h before any clock these tests run at.
    expect(live.facts.pgCron!.jobs.map((j) => j.runs24h)).toEqual([0, 0, 0, 0]);
  });
});

describe('given a progress reporter', () => {
  it('should report one line per catalog query, naming the target', async () => {
    const lines: string[] = [];
    okFacts(await collectPostgres(urlFor('nikita'), { asOf: AS_OF, progress: (line) => lines.push(line) }));
    const target = `postgres://postgres@127.0.0.1:${cluster().port}/nikita`;
    expect(lines).toEqual(
      ['server and role', 'roles', 'schemas', 'tables', 'policies', 'grants', 'functions', 'views', 'extensions', 'pg_cron run history', 'pg_cron jobs'].map(
        (what) => `postgres ${target}: reading ${what}`,
      ),
    );
  });
});
