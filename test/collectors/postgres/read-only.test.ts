import { beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import { openCatalogSession, SessionError } from '../../../collectors/postgres/session.js';
import { parseTarget } from '../../../collectors/postgres/target.js';
import { asSuperuser, freshDatabase, okFacts, urlFor } from './support.js';

const TINY = 'readonly_tiny';
const BIGGER = 'readonly_bigger';

// 300 tables with RLS and 3 policies each, 50 views and 100 functions: 15 times nikita's size.
const biggerSql = `
  create role anon nologin;
  do $$ begin
    for i in 1..300 loop
      execute format('create table public.t%s (id int primary key, owner text)', i);
      execute format('alter table public.t%s enable row level security', i);
      execute format('create policy p_select on public.t%s for select using (owner = current_user)', i);
      execute format('create policy p_insert on public.t%s for insert with check (owner = current_user)', i);
      execute format('create policy p_delete on public.t%s for delete using (owner = current_user)', i);
    end loop;
    for i in 1..50 loop
      execute format('create view public.v%s with (security_invoker) as select * from public.t%s', i, i);
    end loop;
    for i in 1..100 loop
      execute format('create function public.f%s() returns int language sql set search_path = '''' as $f$ select %s $f$', i, i);
    end loop;
  end $$;`;

beforeAll(async () => {
  await freshDatabase(TINY, 'create table public.only_one (id int); alter table public.only_one enable row level security; create policy p on public.only_one using (true);');
  // anon is a cluster role the nikita fixture already created; the bigger database must not fail on it.
  await freshDatabase(BIGGER, biggerSql.replace('create role anon nologin;', ''));
});

describe('given the session the collector reads through', () => {
  it('should be a READ ONLY, REPEATABLE READ transaction with the timeouts and an empty search_path set locally', async () => {
    const target = parseTarget(urlFor('nikita'))!;
    const session = await openCatalogSession(target, { statementTimeoutMs: 1500, lockTimeoutMs: 700, connectTimeoutMs: 2000 });
    try {
      const settings = await session.json<Record<string, string>>(`
        select json_build_object(
          'readOnly', current_setting('transaction_read_only'),
          'isolation', current_setting('transaction_isolation'),
          'statementTimeout', current_setting('statement_timeout'),
          'lockTimeout', current_setting('lock_timeout'),
          'searchPath', current_setting('search_path'),
          'applicationName', current_setting('application_name')) as json`);
      expect(settings).toEqual({
        readOnly: 'on',
        isolation: 'repeatable read',
        statementTimeout: '1500ms',
        lockTimeout: '700ms',
        searchPath: '',
        applicationName: 'factgate',
      });
      expect(session.queries).toBe(3);
    } finally {
      await session.close();
    }
  });

  it('should refuse a write sent through it, and leave the database unchanged', async () => {
    const target = parseTarget(urlFor('nikita'))!;
    const session = await openCatalogSession(target, { statementTimeoutMs: 1500, lockTimeoutMs: 700, connectTimeoutMs: 2000 });
    let caught: unknown;
    try {
      await session.json("insert into public.audit_logs (action) values ('written by the collector') returning 1 as json");
    } catch (error) {
      caught = error;
    } finally {
      await session.close();
    }
    expect(caught).toBeInstanceOf(SessionError);
    expect((caught as SessionError).message).toBe('cannot execute INSERT in a read-only transaction');
    expect(((caught as SessionError).cause as { code: string }).code).toBe('25006');
    const rows = await asSuperuser('nikita', (client) => client.query('select count(*)::int as n from public.audit_logs'));
    expect(rows.rows[0].n).toBe(0);
  });
});

describe('given databases of very different sizes', () => {
  it('should send the same number of queries to each, two more where pg_cron is installed', async () => {
    const tiny = okFacts(await collectPostgres(urlFor(TINY)));
    const bigger = okFacts(await collectPostgres(urlFor(BIGGER)));
    const nikita = okFacts(await collectPostgres(urlFor('nikita')));
    expect([tiny.source.stats, bigger.source.stats]).toEqual([
      { queries: 12, tables: 1, policies: 1, cronJobs: 0 },
      { queries: 12, tables: 300, policies: 900, cronJobs: 0 },
    ]);
    expect(nikita.source.stats?.queries).toBe(14);
    expect(bigger.facts.postgres!.views).toHaveLength(50);
    expect(bigger.facts.postgres!.functions.filter((f) => f.schema === 'public')).toHaveLength(100);
  });
});
