import { messages } from '../error-messages.js';
import { createContext, type EvaluateOptions } from '../evaluate/evaluate.js';
import { resourceKinds, rowsOf } from '../snapshot/kinds.js';
import type { Snapshot } from '../snapshot/types.js';
import type { CompiledRule, Row } from '../rule/types.js';
import { annotateTrace } from './annotate-trace.js';
import type { ClauseTrace } from './clause-trace.js';

export type { ClauseTrace, ItemTrace } from './clause-trace.js';

export type ExplanationVerdict = 'pass' | 'violation' | 'not selected' | 'error';

export interface ResourceExplanation {
  resource: { kind: string; id: string };
  /** Whether `where` selected the resource (true when the rule has no `where`). */
  selected: boolean;
  /** Null when the rule has no `where`. */
  where: ClauseTrace | null;
  /** Null when the rule has no `assert` or `where` did not select the resource. */
  assert: ClauseTrace | null;
  verdict: ExplanationVerdict;
  /** When an operator threw on this resource (verdict `error`): what `check` reports as an error. */
  error?: string;
}

export interface RuleExplanation {
  rule: string;
  title: string;
  severity: string;
  /** The resource kind the rule checks, e.g. postgres.policies. */
  resource: string;
  collectedAt: string;
  /** Why the facts the rule reads may be incomplete (a collector that failed). */
  notes: string[];
  resources: ResourceExplanation[];
  summary: Record<'pass' | 'violation' | 'notSelected' | 'error', number>;
}

export interface ExplainOptions extends EvaluateOptions {
  /** Explain only the resource with this id (as reports print it). */
  resourceId?: string;
  /** The rule document as written, so that operands show the parameters they came from. */
  source?: unknown;
}

/** Ids of every resource of a kind in a snapshot, sorted, as reports print them. */
export function resourceIds(rule: CompiledRule, snapshot: Snapshot): string[] {
  return rowsOf(snapshot.facts, rule.resource).map((row) => resourceKinds[rule.resource].id(row)).sort();
}

/**
 * For each resource of the rule's kind: whether `where` selected it and, clause by clause, why
 * `assert` held or not. The verdicts come from the same compiled closures `evaluate` runs.
 */
export function explainRule(rule: CompiledRule, snapshot: Snapshot, options: ExplainOptions = {}): RuleExplanation {
  const context = createContext(snapshot, options);
  const kind = resourceKinds[rule.resource];
  const explainOne = (row: Row): ResourceExplanation => {
    const resource = { kind: kind.reportKind, id: kind.id(row) };
    try {
      const where = rule.where && rule.whereNode ? annotateTrace(rule.whereNode, rule.where.explain(row, context), row, context, options.source) : null;
      const selected = where?.verdict ?? true;
      const assert = selected && rule.assert && rule.assertNode ? annotateTrace(rule.assertNode, rule.assert.explain(row, context), row, context, options.source) : null;
      const verdict = !selected ? 'not selected' : assert === null || !assert.verdict ? 'violation' : 'pass';
      return { resource, selected, where, assert, verdict };
    } catch (error) {
      const message = messages.operatorThrew(rule.id, `${resource.kind} ${resource.id}`, error);
      return { resource, selected: false, where: null, assert: null, verdict: 'error', error: message };
    }
  };
  const resources = context
    .rows(rule.resource)
    .filter((row) => options.resourceId === undefined || kind.id(row) === options.resourceId)
    .map(explainOne)
    .sort((a, b) => (a.resource.id < b.resource.id ? -1 : a.resource.id > b.resource.id ? 1 : 0));
  const failed = snapshot.sources.filter((s) => s.collector === kind.collector && s.status === 'failed').map((s) => s.target);
  const count = (verdict: ExplanationVerdict) => resources.filter((r) => r.verdict === verdict).length;
  return {
    rule: rule.id,
    title: rule.title,
    severity: rule.severity,
    resource: rule.resource,
    collectedAt: snapshot.collectedAt,
    notes: failed.length > 0 ? [messages.missingFacts(rule.id, kind.collector, failed)] : [],
    resources,
    summary: { pass: count('pass'), violation: count('violation'), notSelected: count('not selected'), error: count('error') },
  };
}
