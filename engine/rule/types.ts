import type { SourceLocation } from '../errors.js';
import type { Severity } from '../severity.js';
import type { ResourceKindName } from '../snapshot/kinds.js';
import type { ConditionNode, Trace } from './condition.js';

/** A rule file as written, after schema validation. */
export interface RuleDefinition {
  id: string;
  title: string;
  severity: Severity;
  rationale: string;
  remediation: string;
  references?: string[];
  tags?: string[];
  resource: ResourceKindName;
  parameters?: Record<string, { default: unknown; description: string }>;
  where?: unknown;
  assert?: unknown;
  message: string;
  evidence?: string[];
}

export type Row = Record<string, unknown>;

/** Per-evaluation state shared by all rules: "now" and the lazily built join indexes. */
export interface EvalContext {
  now: number;
  rows(kind: ResourceKindName): Row[];
  /** Hash index of a join node's rows (filtered by its `where`), built once per evaluation. */
  joinIndex(node: object, build: () => Map<string, Row[]>): Map<string, Row[]>;
}

export interface CompiledCondition {
  test(row: Row, context: EvalContext): boolean;
  explain(row: Row, context: EvalContext): Trace;
}

export interface CompiledRule {
  id: string;
  title: string;
  severity: Severity;
  rationale: string;
  references: string[];
  tags: string[];
  resource: ResourceKindName;
  /** Where the rule is defined (its `id` key). */
  location: SourceLocation;
  parameters: Record<string, unknown>;
  where: CompiledCondition | undefined;
  assert: CompiledCondition | undefined;
  whereNode: ConditionNode | undefined;
  assertNode: ConditionNode | undefined;
  message(row: Row): string;
  remediation(row: Row): string;
  /** The remediation as written, placeholders unfilled (rule-level help in SARIF and docs). */
  remediationTemplate: string;
  evidencePaths: string[];
}
