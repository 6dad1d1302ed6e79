/**
 * The snapshot format, version 1. `schema/snapshot.schema.json` is the normative definition
 * (ajv validates every snapshot against it); these types mirror it for TypeScript code.
 */
export const SNAPSHOT_VERSION = 'snapshot/v1' as const;

export type CollectorName = 'postgres' | 'cloudRun' | 'source';

export interface SourceStatus {
  collector: CollectorName;
  /** What was collected, never with a password or token. */
  target: string;
  status: 'ok' | 'failed';
  /** One paragraph; null when ok. */
  error: string | null;
  durationMs: number;
  stats?: Record<string, number | string | boolean>;
}

export interface PgDatabase {
  database: string;
  target: string;
  serverVersion: string;
  serverVersionNum: number;
  currentRole: { name: string; superuser: boolean; bypassrls: boolean };
  exposedSchemas: string[];
}
export interface PgRole { database: string; name: string; superuser: boolean; bypassrls: boolean; canLogin: boolean; inherit: boolean }
export interface PgSchema { database: string; name: string; owner: string; exposed: boolean }
export interface PgTable {
  database: string; schema: string; name: string; kind: 'table' | 'partitioned'; isPartition: boolean;
  rlsEnabled: boolean; rlsForced: boolean; owner: string; estimatedRows: number; totalBytes: number;
  policyCount: number; extensionMember: boolean; exposed: boolean;
}
export type PolicyCommand = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'ALL';
export interface PgPolicy {
  database: string; schema: string; table: string; name: string; command: PolicyCommand; permissive: boolean;
  roles: string[]; using: string | null; withCheck: string | null; tableRlsEnabled: boolean;
}
export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'TRUNCATE';
export interface PgGrant {
  database: string; schema: string; name: string;
  relkind: 'table' | 'partitioned' | 'view' | 'materialized_view' | 'foreign_table';
  grantee: string; privileges: TablePrivilege[]; schemaUsage: boolean;
}
export interface PgFunction {
  database: string; schema: string; name: string; args: string; kind: 'function' | 'procedure' | 'aggregate' | 'window';
  language: string; securityDefiner: boolean; owner: string; searchPath: string | null; extensionMember: boolean;
  anonCanExecute: boolean; authenticatedCanExecute: boolean;
}
export interface PgView {
  database: string; schema: string; name: string; kind: 'view' | 'materialized_view'; owner: string;
  securityInvoker: boolean; securityBarrier: boolean; ownerIsSuperuser: boolean; ownerBypassrls: boolean;
  exposed: boolean; anonCanSelect: boolean; authenticatedCanSelect: boolean;
}
export interface PgExtension {
  database: string; name: string; version: string; schema: string; relocatable: boolean; owner: string; defaultVersion: string | null;
}
export type CronRunStatus = 'starting' | 'connecting' | 'sending' | 'running' | 'succeeded' | 'failed';
export interface PgCronInstallation {
  database: string; installed: boolean; version: string | null; seesAllJobs: boolean; jobCount: number;
  runHistory: { estimatedRows: number; totalBytes: number; oldestStart: string | null; minRunId: number | null } | null;
}
export interface PgCronJob {
  database: string; jobId: number; name: string | null; schedule: string; command: string; active: boolean;
  jobDatabase: string; username: string;
  lastRun: { runId: number; status: CronRunStatus; start: string | null; end: string | null; message: string | null } | null;
  lastSuccess: { start: string | null; end: string | null } | null;
  lastFailure: { at: string | null; message: string | null } | null;
  runs24h: number; failures24h: number; runsTotal: number;
}
export interface Probe {
  type: 'tcp' | 'http' | 'grpc'; port: number; path: string | null;
  initialDelaySeconds: number; timeoutSeconds: number; periodSeconds: number; failureThreshold: number; windowSeconds: number;
}
export interface EnvVar { name: string; source: 'literal' | 'secret'; secret: string | null; version: string | null }
export interface CloudRunContainer {
  name: string; image: string; cpu: number | null; memoryBytes: number | null; startupCpuBoost: boolean; cpuIdle: boolean;
  ports: number[]; startupProbe: Probe | null; livenessProbe: Probe | null; readinessProbe: Probe | null; env: EnvVar[];
}
export interface CloudRunService {
  project: string; region: string; name: string; origin: 'api' | 'export'; uri: string | null;
  ready: 'true' | 'false' | 'unknown';
  ingress: 'all' | 'internal' | 'internal-and-cloud-load-balancing' | 'none' | 'unspecified';
  serviceAccount: string | null; executionEnvironment: 'gen1' | 'gen2' | 'unspecified';
  minInstances: { revision: number; service: number | null; effective: number };
  maxInstances: { revision: number | null; service: number | null };
  concurrency: number; timeoutSeconds: number;
  vpcAccess: { connector: string | null; egress: 'all-traffic' | 'private-ranges-only' | 'unspecified' } | null;
  traffic: { type: 'latest' | 'revision'; revision: string | null; percent: number; tag: string | null }[];
  containers: CloudRunContainer[];
}
export interface SourceTodo { root: string; file: string; line: number; tag: 'TODO' | 'FIXME' | 'XXX' | 'HACK'; text: string; enclosing: string | null }
export interface SourceProbe { root: string; id: string; description: string | null; matchCount: number; matches: { file: string; line: number; text: string }[] }
export interface SourceSpec { root: string; file: string; title: string | null; superseded: boolean; supersededBy: string | null; tasksDone: number; tasksTotal: number }

export interface PostgresFacts {
  databases: PgDatabase[]; roles: PgRole[]; schemas: PgSchema[]; tables: PgTable[]; policies: PgPolicy[];
  grants: PgGrant[]; functions: PgFunction[]; views: PgView[]; extensions: PgExtension[];
}
export interface PgCronFacts { installations: PgCronInstallation[]; jobs: PgCronJob[] }
export interface CloudRunFacts { services: CloudRunService[] }
export interface SourceFacts { todos: SourceTodo[]; probes: SourceProbe[]; specs: SourceSpec[] }

export interface Facts {
  postgres?: PostgresFacts;
  pgCron?: PgCronFacts;
  cloudRun?: CloudRunFacts;
  source?: SourceFacts;
}

export interface Snapshot {
  factgate: typeof SNAPSHOT_VERSION;
  collectedAt: string;
  sources: SourceStatus[];
  facts: Facts;
}
