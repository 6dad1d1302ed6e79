import { createContext, type EvaluateOptions } from '../evaluate/evaluate.js';
import { resourceKinds } from '../snapshot/kinds.js';
import type { Snapshot } from '../snapshot/types.js';
import type { Trace } from '../rule/condition.js';
import type { CompiledRule } from '../rule/types.js';

export interface ResourceExplanation {
  resource: { kind: string; id: string };
  selected: boolean;
  where: Trace | null;
  assert: Trace | null;
  verdict: 'pass' | 'violation' | 'not selected';
}

export interface RuleExplanation {
  rule: string;
  title: string;
  resource: string;
  collectedAt: string;
  resources: ResourceExplanation[];
}

/** For each resource of the rule's kind: whether `where` selected it and, clause by clause, why `assert` held or not. */
export function explainRule(rule: CompiledRule, snapshot: Snapshot, options: EvaluateOptions & { resourceId?: string } = {}): RuleExplanation {
  const context = createContext(snapshot, options);
  const kind = resourceKinds[rule.resource];
  const resources = context
    .rows(rule.resource)
    .filter((row) => options.resourceId === undefined || kind.id(row) === options.resourceId)
    .map((row): ResourceExplanation => {
      const where = rule.where?.explain(row, context) ?? null;
      const selected = where?.verdict ?? true;
      const assert = selected && rule.assert ? rule.assert.explain(row, context) : null;
      const verdict = !selected ? 'not selected' : assert && assert.verdict ? 'pass' : 'violation';
      return { resource: { kind: kind.reportKind, id: kind.id(row) }, selected, where, assert, verdict };
    })
    .sort((a, b) => (a.resource.id < b.resource.id ? -1 : a.resource.id > b.resource.id ? 1 : 0));
  return { rule: rule.id, title: rule.title, resource: rule.resource, collectedAt: snapshot.collectedAt, resources };
}
