/**
 * SQL building blocks shared by the catalog queries. Every query runs with search_path = '', so
 * catalog names resolve through pg_catalog only and user objects must be schema-qualified.
 */

/** Every schema but pg_catalog, pg_toast, pg_temp_* and information_schema. */
export const USER_SCHEMAS = "n.nspname <> 'information_schema' and n.nspname !~ '^pg_'";

/** A timestamptz as an ISO-8601 UTC string with milliseconds, the format of collectedAt. */
export const iso = (expr: string): string => `to_char((${expr}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Wraps a query so the whole result arrives as one json value: names, arrays, bigints and timestamps
 * then need no per-type parsing in node-postgres. json rather than jsonb keeps the column order, so
 * facts come out with their keys in the order the snapshot schema lists them.
 */
export const jsonRows = (sql: string): string => `select coalesce(json_agg(q), '[]'::json) as json from (${sql}) q`;

/** Wraps a query returning one row as one json object (null when no row). */
export const jsonRow = (sql: string): string => `select to_json(q) as json from (${sql}) q`;

/** True when the object is a member of an extension (pg_depend deptype 'e'). */
export const extensionMember = (catalog: string, oid: string): string =>
  `exists (select 1 from pg_depend d where d.classid = '${catalog}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;

/** has_*_privilege for a role that may not exist (to_regrole gives null, the check false). */
export const roleCan = (fn: 'has_table_privilege' | 'has_function_privilege', role: string, oid: string, privilege: string): string =>
  `coalesce(${fn}(to_regrole('${role}')::oid, ${oid}, '${privilege}'), false)`;
