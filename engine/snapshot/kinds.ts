import type { CollectorName, Facts } from './types.js';

type Row = Record<string, unknown>;
const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const joinPath = (root: unknown, file: unknown): string => (s(root) && s(root) !== '.' ? `${s(root).replace(/\/+$/, '')}/${s(file)}` : s(file));

/**
 * A resource kind: where its rows live in the snapshot, which collector produces them, how a report
 * names one row (`id`) and what makes it the same resource across snapshots (`identity`, which feeds
 * the fingerprint and so must not contain line numbers, counts or timestamps).
 */
export interface ResourceKind {
  section: keyof Facts;
  list: string;
  collector: CollectorName;
  /** The singular name reports use, e.g. postgres.table. */
  reportKind: string;
  /** JSON Schema $defs name of one row in schema/snapshot.schema.json. */
  schemaDef: string;
  id(row: Row): string;
  identity(row: Row): string;
  /** Where in a source tree the resource is, for kinds that have one (SARIF, GitHub annotations). */
  location?(row: Row): { file: string; line: number } | undefined;
}

const kind = (k: ResourceKind): ResourceKind => k;

/** Sorted by name; a rule's `resource:` must be one of these keys. */
export const resourceKinds = {
  'cloudRun.services': kind({
    section: 'cloudRun', list: 'services', collector: 'cloudRun', reportKind: 'cloudRun.service', schemaDef: 'cloudRunService',
    id: (r) => `${s(r.project)}/${s(r.region)}/${s(r.name)}`,
    identity: (r) => `${s(r.project)}/${s(r.region)}/${s(r.name)}`,
  }),
  'pgCron.installations': kind({
    section: 'pgCron', list: 'installations', collector: 'postgres', reportKind: 'pgCron.installation', schemaDef: 'pgCronInstallation',
    id: (r) => s(r.database),
    identity: (r) => s(r.database),
  }),
  'pgCron.jobs': kind({
    section: 'pgCron', list: 'jobs', collector: 'postgres', reportKind: 'pgCron.job', schemaDef: 'pgCronJob',
    id: (r) => (r.name ? s(r.name) : `job ${s(r.jobId)}`),
    identity: (r) => `${s(r.database)}/${r.name ? s(r.name) : `#${s(r.jobId)}`}`,
  }),
  'postgres.databases': kind({
    section: 'postgres', list: 'databases', collector: 'postgres', reportKind: 'postgres.database', schemaDef: 'pgDatabase',
    id: (r) => s(r.database),
    identity: (r) => s(r.target),
  }),
  'postgres.extensions': kind({
    section: 'postgres', list: 'extensions', collector: 'postgres', reportKind: 'postgres.extension', schemaDef: 'pgExtension',
    id: (r) => s(r.name),
    identity: (r) => `${s(r.database)}/${s(r.name)}`,
  }),
  'postgres.functions': kind({
    section: 'postgres', list: 'functions', collector: 'postgres', reportKind: 'postgres.function', schemaDef: 'pgFunction',
    id: (r) => `${s(r.schema)}.${s(r.name)}(${s(r.args)})`,
    identity: (r) => `${s(r.database)}/${s(r.schema)}.${s(r.name)}(${s(r.args)})`,
  }),
  'postgres.grants': kind({
    section: 'postgres', list: 'grants', collector: 'postgres', reportKind: 'postgres.grant', schemaDef: 'pgGrant',
    id: (r) => `${s(r.schema)}.${s(r.name)} to ${s(r.grantee)}`,
    identity: (r) => `${s(r.database)}/${s(r.schema)}.${s(r.name)}/${s(r.grantee)}`,
  }),
  'postgres.policies': kind({
    section: 'postgres', list: 'policies', collector: 'postgres', reportKind: 'postgres.policy', schemaDef: 'pgPolicy',
    id: (r) => `${s(r.schema)}.${s(r.table)}: ${s(r.name)}`,
    identity: (r) => `${s(r.database)}/${s(r.schema)}.${s(r.table)}/${s(r.name)}`,
  }),
  'postgres.roles': kind({
    section: 'postgres', list: 'roles', collector: 'postgres', reportKind: 'postgres.role', schemaDef: 'pgRole',
    id: (r) => s(r.name),
    identity: (r) => `${s(r.database)}/${s(r.name)}`,
  }),
  'postgres.schemas': kind({
    section: 'postgres', list: 'schemas', collector: 'postgres', reportKind: 'postgres.schema', schemaDef: 'pgSchema',
    id: (r) => s(r.name),
    identity: (r) => `${s(r.database)}/${s(r.name)}`,
  }),
  'postgres.tables': kind({
    section: 'postgres', list: 'tables', collector: 'postgres', reportKind: 'postgres.table', schemaDef: 'pgTable',
    id: (r) => `${s(r.schema)}.${s(r.name)}`,
    identity: (r) => `${s(r.database)}/${s(r.schema)}.${s(r.name)}`,
  }),
  'postgres.views': kind({
    section: 'postgres', list: 'views', collector: 'postgres', reportKind: 'postgres.view', schemaDef: 'pgView',
    id: (r) => `${s(r.schema)}.${s(r.name)}`,
    identity: (r) => `${s(r.database)}/${s(r.schema)}.${s(r.name)}`,
  }),
  'source.probes': kind({
    section: 'source', list: 'probes', collector: 'source', reportKind: 'source.probe', schemaDef: 'sourceProbe',
    id: (r) => s(r.id),
    identity: (r) => `${s(r.root)}/${s(r.id)}`,
    location: (r) => {
      const first = (r.matches as { file: string; line: number }[] | undefined)?.[0];
      return first && { file: joinPath(r.root, first.file), line: first.line };
    },
  }),
  'source.specs': kind({
    section: 'source', list: 'specs', collector: 'source', reportKind: 'source.spec', schemaDef: 'sourceSpec',
    id: (r) => s(r.file),
    identity: (r) => `${s(r.root)}/${s(r.file)}`,
    location: (r) => ({ file: joinPath(r.root, r.file), line: 1 }),
  }),
  // A TODO's identity is its file, tag and text, not its line: code above it moving must not make it "new".
  'source.todos': kind({
    section: 'source', list: 'todos', collector: 'source', reportKind: 'source.todo', schemaDef: 'sourceTodo',
    id: (r) => `${s(r.file)}:${s(r.line)}`,
    identity: (r) => `${s(r.root)}/${s(r.file)}/${s(r.tag)}/${s(r.text)}`,
    location: (r) => ({ file: joinPath(r.root, r.file), line: Number(r.line) }),
  }),
} as const satisfies Record<string, ResourceKind>;

export type ResourceKindName = keyof typeof resourceKinds;
export const resourceKindNames = Object.keys(resourceKinds) as ResourceKindName[];
export const isResourceKindName = (name: string): name is ResourceKindName => Object.hasOwn(resourceKinds, name);

/** The rows of a kind in a snapshot's facts ([] when the section is absent). */
export function rowsOf(facts: Facts, name: ResourceKindName): Row[] {
  const k = resourceKinds[name];
  const section = facts[k.section] as Record<string, Row[]> | undefined;
  return section?.[k.list] ?? [];
}
