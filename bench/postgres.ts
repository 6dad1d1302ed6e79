/**
 * Postgres collector benchmark: a database of 10,000 tables with RLS, 30,000 policies and 1,000,000
 * pg_cron run-history rows, collected by the real collector; first the same database at 100 tables
 * and 1,000 runs, to show that the number of queries does not grow with the database.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { collectPostgres } from '../collectors/postgres/index.js';
import { startPostgresCluster, type PostgresCluster } from '../test/helpers/postgres-cluster.js';

const DATABASE = 'bench';
const BATCH = 1_000;

const setupSql = `
  do $$ begin
    if not exists (select 1 from pg_roles where rolname = 'anon') then create role anon nologin; end if;
    if not exists (select 1 from pg_roles where rolname = 'authenticated') then create role authenticated nologin; end if;
  end $$;
  grant usage on schema public to anon, authenticated;
  alter default privileges in schema public grant all on tables to anon, authenticated;
  create extension pg_cron;
  select cron.schedule('bench-minutely', '* * * * *', 'select 1');
  select cron.schedule('bench-hourly', '0 * * * *', 'select 1');
  select cron.schedule('bench-daily', '0 3 * * *', 'select 1');`;

/** Tables `from`..`to` (1-based, inclusive), each with RLS and three policies. */
const tablesSql = (from: number, to: number): string => `
  do $$ begin
    for i in ${from}..${to} loop
      execute format('create table public.t_%s (id bigint, owner uuid, created_at timestamptz)', lpad(i::text, 5, '0'));
      execute format('alter table public.t_%s enable row level security', lpad(i::text, 5, '0'));
      execute format('create policy own_select on public.t_%s for select to authenticated using (owner = (current_setting(''request.jwt.claims'', true)::jsonb ->> ''sub'')::uuid)', lpad(i::text, 5, '0'));
      execute format('create policy own_insert on public.t_%s for insert to authenticated with check (owner = (current_setting(''request.jwt.claims'', true)::jsonb ->> ''sub'')::uuid)', lpad(i::text, 5, '0'));
      execute format('create policy service_all on public.t_%s for all to public using (current_user = ''postgres'')', lpad(i::text, 5, '0'));
    end loop;
  end $$;`;

/** Run history up to `total` rows: mostly the minutely job, one hourly and one daily row now and then. */
const historySql = (fromRunId: number, total: number): string => `
  insert into cron.job_run_details (jobid, runid, job_pid, database, username, command, status, return_message, start_time, end_time)
  select case when n % 1440 = 0 then 3 when n % 60 = 0 then 2 else 1 end, n, 1000 + n % 30000, '${DATABASE}', 'postgres', 'select 1',
         case when n % 997 = 0 then 'failed' else 'succeeded' end,
         case when n % 997 = 0 then 'ERROR:  canceling statement due to statement timeout' else '1 row' end,
         timestamptz '2024-01-01' + n * interval '1 minute',
         timestamptz '2024-01-01' + n * interval '1 minute' + interval '5 milliseconds'
    from generate_series(${fromRunId}, ${total}) as n;
  select setval('cron.runid_seq', ${total});
  analyze cron.job_run_details;`;

async function collect(cluster: PostgresCluster, label: string, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const result = await collectPostgres(cluster.url(DATABASE), { statementTimeoutMs: 120_000 });
  const ms = Math.round(performance.now() - started);
  if (result.status !== 'ok') throw new Error(result.source.error ?? 'collection failed');
  const { stats } = result.source;
  const bytes = JSON.stringify(result.facts).length;
  log(
    `postgres ${label}: collected in ${ms} ms with ${stats?.queries} queries ` +
      `(${stats?.tables} tables, ${stats?.policies} policies, ${result.facts.postgres?.grants.length} grants, ` +
      `${result.facts.pgCron?.installations[0]?.runHistory?.estimatedRows} history rows, ${(bytes / 1e6).toFixed(1)} MB of facts)`,
  );
  return Number(stats?.queries);
}

async function timed(log: (line: string) => void, what: string, fn: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await fn();
  log(`postgres setup: ${what} in ${Math.round(performance.now() - started)} ms`);
}

/** Runs the benchmark on a throwaway cluster; prints one line per step through `log`. */
export async function benchPostgres(log: (line: string) => void): Promise<void> {
  const cluster = await startPostgresCluster({ cronDatabase: DATABASE, settings: { max_locks_per_transaction: 256 } });
  try {
    await cluster.createDatabase(DATABASE);
    await cluster.runSql(DATABASE, setupSql);
    await timed(log, '100 tables, 300 policies, 1,000 runs', async () => {
      await cluster.runSql(DATABASE, tablesSql(1, 100));
      await cluster.runSql(DATABASE, historySql(1, 1_000));
    });
    const small = await collect(cluster, '100 tables', log);
    await timed(log, 'grown to 10,000 tables, 30,000 policies', async () => {
      for (let from = 101; from <= 10_000; from += BATCH) await cluster.runSql(DATABASE, tablesSql(from, Math.min(from + BATCH - 1, 10_000)));
    });
    await timed(log, 'grown to 1,000,000 runs', () => cluster.runSql(DATABASE, historySql(1_001, 1_000_000)));
    const large = await collect(cluster, '10,000 tables', log);
    log(`postgres queries: ${small} for 100 tables, ${large} for 10,000 tables${small === large ? ' (constant)' : ' (GREW: a per-object query crept in)'}`);
    if (small !== large) throw new Error('the number of Postgres queries grew with the database');
  } finally {
    await cluster.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchPostgres((line) => process.stdout.write(`${line}\n`)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
