import { USER_SCHEMAS, jsonRows } from '../sql.js';

/** Schemas without `exposed`, which the collector adds from the exposed-schema list. */
export const schemasQuery = jsonRows(`
  select current_database() as database, n.nspname as name, pg_get_userbyid(n.nspowner) as owner
    from pg_namespace n
   where ${USER_SCHEMAS}`);
