import { iso, jsonRow } from '../sql.js';

/** Server, database and the collecting role, read in the collection's first query. */
export interface MetaRow {
  now: string;
  database: string;
  serverVersion: string;
  serverVersionNum: number;
  currentRole: { name: string; superuser: boolean; bypassrls: boolean };
  /** pgrst.db_schemas as PostgREST would read it, null when set nowhere the collector can see. */
  dbSchemasSetting: string | null;
  /** null when pg_cron is not installed in this database. */
  cron: { version: string; canReadJobs: boolean; canReadRuns: boolean } | null;
}

/**
 * pgrst.db_schemas: first the authenticator role's in-database settings (database-specific before
 * global), which is where PostgREST's in-database configuration lives; then the value this session
 * sees (ALTER DATABASE … SET, a setting of the collecting role, or -c in the connection options).
 * pgrst.* is a placeholder no module defines, so current_setting(…, true) cannot raise for it, and
 * pg_settings does not list placeholders.
 */
const dbSchemasSetting = `coalesce(
  (select substr(cfg, length('pgrst.db_schemas=') + 1)
     from pg_db_role_setting s cross join unnest(s.setconfig) as cfg
    where s.setrole = (select oid from pg_roles where rolname = 'authenticator')
      and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
      and cfg like 'pgrst.db\\_schemas=%'
    order by s.setdatabase desc
    limit 1),
  nullif(current_setting('pgrst.db_schemas', true), ''))`;

export const metaQuery = jsonRow(`
  select ${iso('now()')} as now,
         current_database() as database,
         split_part(current_setting('server_version'), ' ', 1) as "serverVersion",
         current_setting('server_version_num')::int as "serverVersionNum",
         (select json_build_object('name', r.rolname, 'superuser', r.rolsuper, 'bypassrls', r.rolbypassrls)
            from pg_roles r where r.rolname = current_user) as "currentRole",
         ${dbSchemasSetting} as "dbSchemasSetting",
         (select json_build_object(
                   'version', e.extversion,
                   'canReadJobs', has_schema_privilege('cron', 'USAGE') and has_table_privilege('cron.job', 'SELECT'),
                   'canReadRuns', has_schema_privilege('cron', 'USAGE')
                                  and coalesce(has_table_privilege(to_regclass('cron.job_run_details'), 'SELECT'), false))
            from pg_extension e where e.extname = 'pg_cron') as cron`);
