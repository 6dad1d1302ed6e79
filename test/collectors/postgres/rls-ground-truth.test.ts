/**
 * Ground truth: the policy logic the rules apply to collected facts, held against what PostgreSQL
 * really enforces on the same database. Where the two disagree, the logic (and the rules) are wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import type { PgPolicy } from '../../../engine/snapshot/types.js';
import { asSuperuser, freshDatabase, okFacts, root, urlFor } from './support.js';

/**
 * A copy of nikita's schema: the inserts below are rolled back, but they still grow table files,
 * and the committed-snapshot test needs nikita's sizes untouched.
 */
const DATABASE = 'ground_truth';

const USER_A = '11111111-1111-4111-8111-111111111111';
const USER_B = '22222222-2222-4222-8222-222222222222';
/** In auth.users but not yet in public.users: the row a user would create for someone else. */
const USER_C = '33333333-3333-4333-8333-333333333333';

const API_ROLES = ['public', 'anon', 'authenticated'];
const forApiRoles = (p: PgPolicy): boolean => p.roles.some((role) => API_ROLES.includes(role));
/** splinter 0024's normalisation: lower case, no whitespace, then `true` / `(true)` / `1=1`. */
const alwaysTrue = (expr: string | null): boolean =>
  expr !== null && ['true', '(true)', '1=1', '(1=1)'].includes(expr.toLowerCase().replace(/\s+/g, ''));

/** A permissive INSERT policy for an API role whose WITH CHECK exists but never looks at the owner. */
const insertIgnoresOwner = (p: PgPolicy): boolean =>
  p.permissive && p.command === 'INSERT' && forApiRoles(p) && p.withCheck !== null && !/auth\.uid\(\)/.test(p.withCheck);
/** A permissive INSERT policy for an API role that checks the owner. */
const insertChecksOwner = (p: PgPolicy): boolean =>
  p.permissive && p.command === 'INSERT' && forApiRoles(p) && p.withCheck !== null && /auth\.uid\(\)/.test(p.withCheck);
/** FOR ALL to an API role with USING (true) and no narrower WITH CHECK: anyone may write anything. */
const allOpen = (p: PgPolicy): boolean =>
  p.permissive && p.command === 'ALL' && forApiRoles(p) && alwaysTrue(p.using) && (p.withCheck === null || alwaysTrue(p.withCheck));

let policies: PgPolicy[];
const tablesWhere = (predicate: (p: PgPolicy) => boolean): string[] =>
  [...new Set(policies.filter((p) => p.schema === 'public' && p.tableRlsEnabled && predicate(p)).map((p) => p.table))].sort();

beforeAll(async () => {
  await freshDatabase(DATABASE, readFileSync(path.join(root, 'fixtures/nikita/schema.sql'), 'utf8'));
  policies = okFacts(await collectPostgres(urlFor(DATABASE))).facts.postgres!.policies;
});

type Attempt = { ok: true; rows: number } | { ok: false; code: string; message: string };

/** Runs one statement inside a savepoint so a refusal does not end the surrounding transaction. */
async function attempt(client: pg.Client, sql: string, params: unknown[] = []): Promise<Attempt> {
  await client.query('savepoint attempt');
  try {
    const result = await client.query(sql, params);
    await client.query('release savepoint attempt');
    return { ok: true, rows: result.rowCount ?? 0 };
  } catch (error) {
    await client.query('rollback to savepoint attempt');
    const { code, message } = error as { code: string; message: string };
    return { ok: false, code, message };
  }
}

/** Acts as a PostgREST request of `role` with `sub` in a transaction that is always rolled back. */
async function asRequest<T>(role: 'anon' | 'authenticated', sub: string | null, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return asSuperuser(DATABASE, async (client) => {
    await client.query('begin');
    try {
      await client.query('insert into auth.users (id) values ($1), ($2), ($3)', [USER_A, USER_B, USER_C]);
      await client.query('insert into public.users (id) values ($1), ($2)', [USER_A, USER_B]);
      await client.query(`set local role ${role}`);
      const claims = JSON.stringify(sub ? { sub, role } : { role });
      await client.query("select set_config('request.jwt.claims', $1, true)", [claims]);
      return await fn(client);
    } finally {
      await client.query('rollback');
    }
  });
}

/** Inserts a row owned by user B (for public.users: the row of user C, who is not A either). */
const insertForeignRow = (client: pg.Client, table: string): Promise<Attempt> =>
  table === 'users'
    ? attempt(client, 'insert into public.users (id) values ($1)', [USER_C])
    : attempt(client, `insert into public.${table} (user_id) values ($1)`, [USER_B]);

describe('given the copy of the nikita schema', () => {
  it('should carry exactly the public policies of nikita', async () => {
    const nikita = okFacts(await collectPostgres(urlFor('nikita'))).facts.postgres!.policies.filter((p) => p.schema === 'public');
    expect(policies.map((p) => ({ ...p, database: 'nikita' }))).toEqual(nikita);
  });
});

describe('given the INSERT policies the rules flag (WITH CHECK present but blind to the owner)', () => {
  it('should flag exactly the seven tables the audit names', () => {
    expect(tablesWhere(insertIgnoresOwner)).toEqual([
      'memory_facts',
      'nikita_emotional_states',
      'ready_prompts',
      'user_backstories',
      'user_narrative_arcs',
      'user_profiles',
      'user_social_circles',
    ]);
  });

  it('should let authenticated user A insert a row owned by user B into each of them', async () => {
    const flagged = tablesWhere(insertIgnoresOwner);
    const outcomes = await asRequest('authenticated', USER_A, async (client) => {
      const result: Record<string, Attempt> = {};
      for (const table of flagged) result[table] = await insertForeignRow(client, table);
      return result;
    });
    expect(outcomes).toEqual(Object.fromEntries(flagged.map((t) => [t, { ok: true, rows: 1 }])));
  });
});

describe('given the INSERT policies the rules pass (WITH CHECK on auth.uid())', () => {
  const passing = (): string[] => tablesWhere(insertChecksOwner).filter((t) => !tablesWhere(insertIgnoresOwner).includes(t));

  it('should pass conversations, user_vice_preferences and users', () => {
    expect(passing()).toEqual(['conversations', 'user_vice_preferences', 'users']);
  });

  it("should refuse user A's insert of a row owned by someone else", async () => {
    const tables = passing();
    const outcomes = await asRequest('authenticated', USER_A, async (client) => {
      const result: Record<string, Attempt> = {};
      for (const table of tables) result[table] = await insertForeignRow(client, table);
      return result;
    });
    expect(outcomes).toEqual(
      Object.fromEntries(
        tables.map((t) => [t, { ok: false, code: '42501', message: `new row violates row-level security policy for table "${t}"` }]),
      ),
    );
  });

  it("should accept user A's insert of a row A owns (the refusal is about the owner, not the privilege)", async () => {
    const outcome = await asRequest('authenticated', USER_A, (client) =>
      attempt(client, 'insert into public.conversations (user_id) values ($1)', [USER_A]),
    );
    expect(outcome).toEqual({ ok: true, rows: 1 });
  });
});

describe('given the FOR ALL policies to public with USING (true)', () => {
  it('should flag exactly the five service-internal tables', () => {
    expect(tablesWhere(allOpen)).toEqual(['error_logs', 'nikita_entities', 'nikita_life_events', 'nikita_narrative_arcs', 'scheduled_events']);
  });

  it('should let anon, without any JWT subject, insert and then update rows there', async () => {
    const open = tablesWhere(allOpen);
    const outcomes = await asRequest('anon', null, async (client) => {
      const result: Record<string, [Attempt, Attempt]> = {};
      for (const table of open) {
        const inserted = await attempt(client, `insert into public.${table} (user_id) values ($1)`, [USER_B]);
        const updated = await attempt(client, `update public.${table} set user_id = $1 where user_id = $2`, [USER_A, USER_B]);
        result[table] = [inserted, updated];
      }
      return result;
    });
    expect(outcomes).toEqual(Object.fromEntries(open.map((t) => [t, [{ ok: true, rows: 1 }, { ok: true, rows: 1 }]])));
  });

  it('should refuse the same anon insert on a table without such a policy', async () => {
    const outcome = await asRequest('anon', null, (client) => insertForeignRow(client, 'memory_facts'));
    expect(outcome).toEqual({ ok: false, code: '42501', message: 'new row violates row-level security policy for table "memory_facts"' });
  });
});
