import { match } from 'ts-pattern';
import { compileCondition } from '../compile/compile-condition.js';
import { compilePath } from '../evaluate/fact-path.js';
import { resourceKinds } from '../snapshot/kinds.js';
import type { ConditionNode, Trace } from '../rule/condition.js';
import type { CompiledCondition, EvalContext, Row } from '../rule/types.js';
import type { ClauseTrace, ItemTrace } from './clause-trace.js';

type Raw = Record<string, unknown>;
const asList = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a YAML path of the raw rule document (undefined when the source is not given). */
function rawAt(source: unknown, at: readonly (string | number)[]): unknown {
  let value = source;
  for (const segment of at) value = isObject(value) || Array.isArray(value) ? (value as Raw)[segment] : undefined;
  return value;
}

/** Names of the parameters an operand was written with, at any depth. */
function paramsIn(operand: unknown): string[] {
  if (isObject(operand) && Object.keys(operand).length === 1 && typeof operand.param === 'string') return [operand.param];
  if (Array.isArray(operand)) return operand.flatMap(paramsIn);
  if (isObject(operand)) return Object.values(operand).flatMap(paramsIn);
  return [];
}

// Sub-conditions explain evaluates on its own (a count's or a join's `where`), compiled once per node.
const compiled = new WeakMap<ConditionNode, CompiledCondition>();
function compiledOf(node: ConditionNode): CompiledCondition {
  let condition = compiled.get(node);
  if (!condition) {
    condition = compileCondition(node);
    compiled.set(node, condition);
  }
  return condition;
}

/** Explains `node` on `row` fully from scratch (for rows the evaluator's trace does not cover). */
function explainNode(node: ConditionNode, row: Row, ctx: EvalContext, source: unknown): ClauseTrace {
  return annotateTrace(node, compiledOf(node).explain(row, ctx), row, ctx, source);
}

/** Joined rows that share the join keys with `row` but fail the join's `where`. */
function rejectedRows(node: Extract<ConditionNode, { kind: 'join' }>, row: Row, ctx: EvalContext, source: unknown) {
  if (!node.where) return undefined;
  const where = node.where;
  const key = (values: unknown[]) => (values.some((v) => v === undefined || v === null) ? undefined : JSON.stringify(values));
  const ours = key(node.on.map(([, o]) => compilePath(o)(row)));
  if (ours === undefined && node.on.length > 0) return [];
  const kind = resourceKinds[node.resource];
  return ctx
    .rows(node.resource)
    .filter((other) => node.on.length === 0 || key(node.on.map(([t]) => compilePath(t)(other))) === ours)
    .filter((other) => !compiledOf(where).test(other, ctx))
    .map((other) => ({ id: kind.id(other), where: explainNode(where, other, ctx, source) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Pairs the evaluator's trace with the condition it came from (they have the same shape) and adds
 * what explain shows beyond it. `source` is the rule as written, for the `{param: NAME}` operands.
 */
export function annotateTrace(node: ConditionNode, trace: Trace, row: Row, ctx: EvalContext, source: unknown): ClauseTrace {
  return match<[ConditionNode, Trace], ClauseTrace>([node, trace])
    .with([{ kind: 'all' }, { node: 'all' }], [{ kind: 'any' }, { node: 'any' }], ([n, t]) => ({
      node: t.node,
      verdict: t.verdict,
      children: t.children.map((child, i) => annotateTrace(n.items[i]!, child, row, ctx, source)),
    }))
    .with([{ kind: 'not' }, { node: 'not' }], ([n, t]) => ({ node: 'not', verdict: t.verdict, child: annotateTrace(n.item, t.child, row, ctx, source) }))
    .with([{ kind: 'compare' }, { node: 'compare' }], ([n, t]) => {
      const params = [...new Set(paramsIn(rawAt(source, [...n.at, n.operator])))];
      return { ...t, ...(params.length > 0 ? { params } : {}) };
    })
    .with([{ kind: 'quantify' }, { node: 'some' }], [{ kind: 'quantify' }, { node: 'every' }], [{ kind: 'quantify' }, { node: 'none' }], ([n, t]) => {
      const items = asList(compilePath(n.path)(row));
      return { ...t, items: t.items.map((item) => ({ ...item, trace: annotateTrace(n.item, item.trace, items[item.index]!, ctx, source) })) };
    })
    .with([{ kind: 'count' }, { node: 'count' }], ([n, t]) => {
      if (!n.where) return t;
      const where = n.where;
      const items = asList(compilePath(n.path)(row)).map((item, index): ItemTrace => {
        const itemTrace = explainNode(where, item, ctx, source);
        return { index, verdict: itemTrace.verdict, trace: itemTrace };
      });
      return { ...t, items };
    })
    .with([{ kind: 'join' }, { node: 'join' }], ([n, t]) => {
      const rejected = rejectedRows(n, row, ctx, source);
      return { ...t, ...(rejected ? { rejected } : {}) };
    })
    .otherwise(([n, t]) => {
      throw new Error(`explain: a ${n.kind} condition produced a ${t.node} trace`);
    });
}
