import { jsonRows } from '../sql.js';

/**
 * RLS policies from pg_policy. With search_path = '' pg_get_expr prints every function
 * schema-qualified (auth.uid(), not uid()), which is what text-matching rules rely on.
 */
export const policiesQuery = jsonRows(`
  select current_database() as database, n.nspname as schema, c.relname as "table", p.polname as name,
         case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE'
                       when 'd' then 'DELETE' else 'ALL' end as command,
         p.polpermissive as permissive,
         array(select case when r.oid = 0 then 'public' else pg_get_userbyid(r.oid)::text end
                 from unnest(p.polroles) as r(oid)) as roles,
         pg_get_expr(p.polqual, p.polrelid) as using,
         pg_get_expr(p.polwithcheck, p.polrelid) as "withCheck",
         c.relrowsecurity as "tableRlsEnabled"
    from pg_policy p
    join pg_class c on c.oid = p.polrelid
    join pg_namespace n on n.oid = c.relnamespace`);
