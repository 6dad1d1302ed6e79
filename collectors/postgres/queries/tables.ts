import { USER_SCHEMAS, extensionMember, jsonRows } from '../sql.js';

/** Ordinary and partitioned tables, without `exposed`; policies counted in one pass over pg_policy. */
export const tablesQuery = jsonRows(`
  select current_database() as database, n.nspname as schema, c.relname as name,
         case c.relkind when 'p' then 'partitioned' else 'table' end as kind,
         c.relispartition as "isPartition",
         c.relrowsecurity as "rlsEnabled",
         c.relforcerowsecurity as "rlsForced",
         pg_get_userbyid(c.relowner) as owner,
         c.reltuples::bigint as "estimatedRows",
         pg_total_relation_size(c.oid) as "totalBytes",
         coalesce(pc.policies, 0)::int as "policyCount",
         ${extensionMember('pg_class', 'c.oid')} as "extensionMember"
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join (select polrelid, count(*) as policies from pg_policy group by polrelid) pc on pc.polrelid = c.oid
   where c.relkind in ('r', 'p') and ${USER_SCHEMAS}`);
