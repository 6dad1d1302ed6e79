import { jsonRows } from '../sql.js';

/** Installed extensions with the server's default version (pg_available_extensions reads the control files). */
export const extensionsQuery = jsonRows(`
  select current_database() as database, e.extname as name, e.extversion as version, n.nspname as schema,
         e.extrelocatable as relocatable, pg_get_userbyid(e.extowner) as owner,
         a.default_version as "defaultVersion"
    from pg_extension e
    join pg_namespace n on n.oid = e.extnamespace
    left join pg_available_extensions a on a.name = e.extname`);
