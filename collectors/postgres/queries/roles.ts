import { jsonRows } from '../sql.js';

/** The collecting role and Supabase's API roles: the roles RLS decisions depend on. */
export const rolesQuery = jsonRows(`
  select current_database() as database, r.rolname as name, r.rolsuper as superuser, r.rolbypassrls as bypassrls,
         r.rolcanlogin as "canLogin", r.rolinherit as inherit
    from pg_roles r
   where r.rolname in (current_user, 'anon', 'authenticated', 'service_role', 'authenticator')`);
