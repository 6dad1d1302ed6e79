import { beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import { freshDatabase, okFacts, snapshotErrors, urlFor } from './support.js';

const DATABASE = 'kinds';

beforeAll(async () => {
  await freshDatabase(
    DATABASE,
    `
    create table public.events (id int, at date not null) partition by range (at);
    create table public.events_2026 partition of public.events for values from ('2026-01-01') to ('2027-01-01');
    alter table public.events_2026 enable row level security;
    alter table public.events_2026 force row level security;
    create policy only_recent on public.events_2026 as restrictive for select to anon, authenticated using (at > '2026-02-01');
    create view public.invoker_view with (security_invoker = on) as select id from public.events;
    create view public.definer_view with (security_barrier) as select id from public.events;
    create materialized view public.totals as select count(*) as n from public.events;
    grant select on public.definer_view to anon;
    create function public.definer_fn(a int, b text) returns int language sql security definer as $$ select a $$;
    revoke execute on function public.definer_fn(int, text) from public;
    grant execute on function public.definer_fn(int, text) to authenticated;
    create procedure public.tidy() language sql set search_path = pg_catalog, public as $$ select 1 $$;
    create aggregate public.total(int) (sfunc = int4pl, stype = int, initcond = '0');`,
  );
});

describe('given partitioned tables, views, a materialized view, and functions of every kind', () => {
  it('should collect each with its kind and security-relevant flags', async () => {
    const result = okFacts(await collectPostgres(urlFor(DATABASE)));
    const pg = result.facts.postgres!;
    expect(pg.tables.map((t) => [t.name, t.kind, t.isPartition, t.rlsEnabled, t.rlsForced, t.policyCount])).toEqual([
      ['events', 'partitioned', false, false, false, 0],
      ['events_2026', 'table', true, true, true, 1],
    ]);
    expect(pg.policies).toEqual([
      {
        database: DATABASE,
        schema: 'public',
        table: 'events_2026',
        name: 'only_recent',
        command: 'SELECT',
        permissive: false,
        roles: ['anon', 'authenticated'],
        using: "(at > '2026-02-01'::date)",
        withCheck: null,
        tableRlsEnabled: true,
      },
    ]);
    expect(pg.views.map((v) => [v.name, v.kind, v.securityInvoker, v.securityBarrier, v.anonCanSelect, v.authenticatedCanSelect])).toEqual([
      ['definer_view', 'view', false, true, true, false],
      ['invoker_view', 'view', true, false, false, false],
      ['totals', 'materialized_view', false, false, false, false],
    ]);
    expect(pg.functions.map((f) => [f.name, f.args, f.kind, f.securityDefiner, f.searchPath, f.anonCanExecute, f.authenticatedCanExecute])).toEqual([
      ['definer_fn', 'a integer, b text', 'function', true, null, false, true],
      ['tidy', '', 'procedure', false, 'pg_catalog, public', true, true],
      ['total', 'integer', 'aggregate', false, null, true, true],
    ]);
    expect(pg.grants.filter((g) => g.grantee === 'anon').map((g) => [g.name, g.relkind, g.privileges])).toEqual([
      ['definer_view', 'view', ['SELECT']],
      ['events', 'partitioned', []],
      ['events_2026', 'table', []],
      ['invoker_view', 'view', []],
      ['totals', 'materialized_view', []],
    ]);
    expect(snapshotErrors(result)).toEqual([]);
  });
});
