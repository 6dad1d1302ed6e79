import { USER_SCHEMAS, jsonRows, roleCan } from '../sql.js';

/** Views and materialized views, without `exposed`. reloptions keep the user's spelling; ::bool normalises it. */
export const viewsQuery = jsonRows(`
  select current_database() as database, n.nspname as schema, c.relname as name,
         case c.relkind when 'm' then 'materialized_view' else 'view' end as kind,
         o.rolname as owner,
         coalesce((select option_value::bool from pg_options_to_table(c.reloptions)
                    where option_name = 'security_invoker'), false) as "securityInvoker",
         coalesce((select option_value::bool from pg_options_to_table(c.reloptions)
                    where option_name = 'security_barrier'), false) as "securityBarrier",
         o.rolsuper as "ownerIsSuperuser",
         o.rolbypassrls as "ownerBypassrls",
         ${roleCan('has_table_privilege', 'anon', 'c.oid', 'SELECT')} as "anonCanSelect",
         ${roleCan('has_table_privilege', 'authenticated', 'c.oid', 'SELECT')} as "authenticatedCanSelect"
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_roles o on o.oid = c.relowner
   where c.relkind in ('v', 'm') and ${USER_SCHEMAS}`);
