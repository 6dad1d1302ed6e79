import type {
  PgCronFacts,
  PgCronJob,
  PgExtension,
  PgFunction,
  PgGrant,
  PgPolicy,
  PgRole,
  PgSchema,
  PgTable,
  PgView,
  PostgresFacts,
} from '../../engine/snapshot/types.js';
import type { ProgressReporter } from '../types.js';
import { parseExposedSchemas } from './exposed-schemas.js';
import { cronInstallationQuery, type CronInstallationRow } from './queries/cron-installation.js';
import { cronJobsQuery } from './queries/cron-jobs.js';
import { extensionsQuery } from './queries/extensions.js';
import { functionsQuery } from './queries/functions.js';
import { grantsQuery } from './queries/grants.js';
import { metaQuery, type MetaRow } from './queries/meta.js';
import { policiesQuery } from './queries/policies.js';
import { rolesQuery } from './queries/roles.js';
import { schemasQuery } from './queries/schemas.js';
import { tablesQuery } from './queries/tables.js';
import { viewsQuery } from './queries/views.js';
import type { CatalogSession } from './session.js';
import { sortBy, sorted } from './sort.js';

export type ReadOutcome =
  | { kind: 'facts'; postgres: PostgresFacts; pgCron: PgCronFacts; now: string }
  | { kind: 'cron-denied'; role: string };

type Unexposed<T> = Omit<T, 'exposed'>;

/**
 * Sends the fixed list of catalog queries (two more when pg_cron is installed, never one per object)
 * and shapes their rows into the snapshot's postgres and pgCron sections, sorted by identity.
 */
export async function readFacts(
  session: CatalogSession,
  display: string,
  asOf: string | null,
  progress: ProgressReporter,
): Promise<ReadOutcome> {
  const step = <T>(what: string, sql: string, params?: unknown[]): Promise<T> => {
    progress(`postgres ${display}: reading ${what}`);
    return session.json<T>(sql, params);
  };
  const meta = await step<MetaRow>('server and role', metaQuery);
  if (meta.cron && !(meta.cron.canReadJobs && meta.cron.canReadRuns)) return { kind: 'cron-denied', role: meta.currentRole.name };

  const exposedSchemas = parseExposedSchemas(meta.dbSchemasSetting);
  const exposed = (schema: string): boolean => exposedSchemas.includes(schema);
  const roles = await step<PgRole[]>('roles', rolesQuery);
  const schemas = await step<Unexposed<PgSchema>[]>('schemas', schemasQuery);
  const tables = await step<Unexposed<PgTable>[]>('tables', tablesQuery);
  const policies = await step<PgPolicy[]>('policies', policiesQuery);
  const grants = await step<PgGrant[]>('grants', grantsQuery);
  const functions = await step<PgFunction[]>('functions', functionsQuery);
  const views = await step<Unexposed<PgView>[]>('views', viewsQuery);
  const extensions = await step<PgExtension[]>('extensions', extensionsQuery);

  const seesAllJobs = meta.currentRole.superuser || meta.currentRole.bypassrls;
  let pgCron: PgCronFacts = {
    installations: [{ database: meta.database, installed: false, version: null, seesAllJobs, jobCount: 0, runHistory: null }],
    jobs: [],
  };
  if (meta.cron) {
    const installation = await step<CronInstallationRow>('pg_cron run history', cronInstallationQuery);
    const jobs = await step<PgCronJob[]>('pg_cron jobs', cronJobsQuery, [asOf]);
    pgCron = {
      installations: [{ database: meta.database, installed: true, version: meta.cron.version, seesAllJobs, ...installation }],
      jobs: sortBy(jobs, 'jobId'),
    };
  }

  const postgres: PostgresFacts = {
    databases: [
      {
        database: meta.database,
        target: display,
        serverVersion: meta.serverVersion,
        serverVersionNum: meta.serverVersionNum,
        currentRole: meta.currentRole,
        exposedSchemas,
      },
    ],
    roles: sortBy(roles, 'name'),
    schemas: sortBy(schemas.map((s) => ({ ...s, exposed: exposed(s.name) })), 'name'),
    tables: sortBy(tables.map((t) => ({ ...t, exposed: exposed(t.schema) })), 'schema', 'name'),
    policies: sortBy(policies.map((p) => ({ ...p, roles: sorted(p.roles) })), 'schema', 'table', 'name'),
    grants: sortBy(grants.map((g) => ({ ...g, privileges: sorted(g.privileges) as PgGrant['privileges'] })), 'schema', 'name', 'grantee'),
    functions: sortBy(functions, 'schema', 'name', 'args'),
    views: sortBy(
      views.map(({ anonCanSelect, authenticatedCanSelect, ...view }) => ({ ...view, exposed: exposed(view.schema), anonCanSelect, authenticatedCanSelect })),
      'schema',
      'name',
    ),
    extensions: sortBy(extensions, 'name'),
  };
  return { kind: 'facts', postgres, pgCron, now: meta.now };
}
