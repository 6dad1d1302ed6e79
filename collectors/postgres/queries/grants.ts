import { USER_SCHEMAS, jsonRows } from '../sql.js';

/**
 * Effective privileges of anon and authenticated on every relation: has_table_privilege resolves
 * role membership and PUBLIC grants, which raw ACLs do not. One row per relation and role, also
 * when the role has no privilege at all.
 */
export const grantsQuery = jsonRows(`
  select current_database() as database, n.nspname as schema, c.relname as name,
         case c.relkind when 'r' then 'table' when 'p' then 'partitioned' when 'v' then 'view'
                        when 'm' then 'materialized_view' else 'foreign_table' end as relkind,
         r.rolname as grantee,
         array_remove(array[
           case when has_table_privilege(r.oid, c.oid, 'DELETE') then 'DELETE' end,
           case when has_table_privilege(r.oid, c.oid, 'INSERT') then 'INSERT' end,
           case when has_table_privilege(r.oid, c.oid, 'SELECT') then 'SELECT' end,
           case when has_table_privilege(r.oid, c.oid, 'TRUNCATE') then 'TRUNCATE' end,
           case when has_table_privilege(r.oid, c.oid, 'UPDATE') then 'UPDATE' end], null) as privileges,
         has_schema_privilege(r.oid, n.oid, 'USAGE') as "schemaUsage"
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   cross join pg_roles r
   where r.rolname in ('anon', 'authenticated') and c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_SCHEMAS}`);
