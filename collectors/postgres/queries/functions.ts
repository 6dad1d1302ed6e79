import { USER_SCHEMAS, extensionMember, jsonRows, roleCan } from '../sql.js';

/**
 * Functions, procedures and aggregates. searchPath is the pinned search_path setting; Postgres stores
 * `set search_path = ''` as the two characters "" which are normalised to the empty string.
 */
export const functionsQuery = jsonRows(`
  select current_database() as database, n.nspname as schema, p.proname as name,
         pg_get_function_identity_arguments(p.oid) as args,
         case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' when 'w' then 'window'
                        else 'function' end as kind,
         l.lanname as language,
         p.prosecdef as "securityDefiner",
         pg_get_userbyid(p.proowner) as owner,
         (select case when substr(cfg, 13) = '""' then '' else substr(cfg, 13) end
            from unnest(p.proconfig) as cfg where cfg like 'search\\_path=%' limit 1) as "searchPath",
         ${extensionMember('pg_proc', 'p.oid')} as "extensionMember",
         ${roleCan('has_function_privilege', 'anon', 'p.oid', 'EXECUTE')} as "anonCanExecute",
         ${roleCan('has_function_privilege', 'authenticated', 'p.oid', 'EXECUTE')} as "authenticatedCanExecute"
    from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace
    join pg_language l on l.oid = p.prolang
   where ${USER_SCHEMAS}`);
