import type { ErrorCode } from '../../engine/errors.js';
import { FactgateError } from '../../engine/errors.js';
import type { SourceTodo } from '../../engine/snapshot/types.js';
import { sourceConfigSchema } from './config-schema.js';
import { issuesFromAjv } from './config-issues.js';
import { semanticIssues } from './config-semantics.js';

export type TodoTag = SourceTodo['tag'];

/** One code probe, defaults filled in. */
export interface ProbeConfig {
  /** Unique kebab-case id; rules refer to the probe by it. */
  id: string;
  /** What a match means; null when the config gives none. */
  description: string | null;
  /** Globs (picomatch, dot files included) of the files the probe reads, relative to the root. */
  include: string[];
  /** Globs of files the probe skips even when include selects them. */
  exclude: string[];
  /** RE2 pattern tested against each line on its own. */
  pattern: string;
  /** Keep only matches within `lines` lines of a match of probe `probe` in the same file. */
  within: { probe: string; lines: number } | null;
}

/** The `source:` block of factgate.yaml with every default filled in. */
export interface SourceCollectorConfig {
  probes: ProbeConfig[];
  /** Globs of markdown spec files. Default `specs/**\/spec.md`. */
  specs: string[];
  /** Tags reported as todos. Default TODO, FIXME, XXX, HACK. */
  todoTags: TodoTag[];
  /** Larger files are skipped and counted. Default 1 MiB. */
  maxFileBytes: number;
  /** Globs of files never read. Default none. */
  exclude: string[];
}

/** One problem in a `source:` block; `path` is relative to the block (array indices are numbers), for YAML position lookup. */
export interface SourceConfigIssue {
  path: (string | number)[];
  /** The same path as a JSON pointer, '' for the block itself. */
  pointer: string;
  code: ErrorCode;
  message: string;
}

export type SourceConfigCheck = { ok: true; config: SourceCollectorConfig } | { ok: false; issues: SourceConfigIssue[] };

/** Thrown by parseSourceConfig; `issues` holds every problem found, each with its path. */
export class SourceConfigError extends FactgateError {
  readonly issues: SourceConfigIssue[];
  constructor(issues: SourceConfigIssue[]) {
    const text = issues.map((i) => `at ${i.pointer || '/'}: ${i.message}`).join(' ');
    super(issues[0]?.code ?? 'config-invalid', `invalid source config ${text}`);
    this.issues = issues;
  }
}

/** Validates a `source:` block (undefined or null = all defaults) without throwing. */
export function checkSourceConfig(raw: unknown): SourceConfigCheck {
  const copy: unknown = raw === undefined || raw === null ? {} : structuredClone(raw);
  const { validate } = sourceConfigSchema();
  if (!validate(copy)) return { ok: false, issues: issuesFromAjv(validate.errors ?? [], copy) };
  const config = normalize(copy as RawConfig);
  const issues = semanticIssues(config);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, config };
}

/**
 * Validates a `source:` block against schema/source-config.schema.json, then checks what a schema
 * cannot (unique ids, `within` references and cycles, RE2 patterns, globs) and fills defaults.
 * @throws SourceConfigError (a FactgateError whose code is the first issue's) listing every issue.
 */
export function parseSourceConfig(raw: unknown): SourceCollectorConfig {
  const result = checkSourceConfig(raw);
  if (!result.ok) throw new SourceConfigError(result.issues);
  return result.config;
}

/** The configuration used when factgate.yaml has no `source:` block. */
export const defaultSourceConfig = (): SourceCollectorConfig => parseSourceConfig(undefined);

/** What ajv leaves after filling defaults: every key present except the optional probe ones. */
type RawConfig = Omit<SourceCollectorConfig, 'probes'> & {
  probes: (Omit<ProbeConfig, 'description' | 'within'> & Partial<Pick<ProbeConfig, 'description' | 'within'>>)[];
};

function normalize(raw: RawConfig): SourceCollectorConfig {
  return {
    probes: raw.probes.map((p) => ({
      id: p.id,
      description: p.description ?? null,
      include: p.include,
      exclude: p.exclude,
      pattern: p.pattern,
      within: p.within ?? null,
    })),
    specs: raw.specs,
    todoTags: raw.todoTags,
    maxFileBytes: raw.maxFileBytes,
    exclude: raw.exclude,
  };
}
