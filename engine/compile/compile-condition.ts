import { match } from 'ts-pattern';
import { getOperator } from '../operators/index.js';
import { compareNumber, describeComparison } from '../operators/values.js';
import { resourceKinds } from '../snapshot/kinds.js';
import type { ConditionNode, Trace } from '../rule/condition.js';
import type { CompiledCondition, EvalContext, Row } from '../rule/types.js';
import { compilePath, readPath } from '../evaluate/fact-path.js';

const asList = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const keyOf = (values: unknown[]): string | undefined =>
  values.some((v) => v === undefined || v === null) ? undefined : JSON.stringify(values);

/** Compiles a checked condition into closures: `test` for evaluation, `explain` for `factgate explain`. */
export function compileCondition(node: ConditionNode): CompiledCondition {
  return match<ConditionNode, CompiledCondition>(node)
    .with({ kind: 'all' }, (n) => {
      const items = n.items.map(compileCondition);
      return {
        test: (row, ctx) => items.every((c) => c.test(row, ctx)),
        explain: (row, ctx): Trace => {
          const children = items.map((c) => c.explain(row, ctx));
          return { node: 'all', verdict: children.every((c) => c.verdict), children };
        },
      };
    })
    .with({ kind: 'any' }, (n) => {
      const items = n.items.map(compileCondition);
      return {
        test: (row, ctx) => items.some((c) => c.test(row, ctx)),
        explain: (row, ctx): Trace => {
          const children = items.map((c) => c.explain(row, ctx));
          return { node: 'any', verdict: children.some((c) => c.verdict), children };
        },
      };
    })
    .with({ kind: 'not' }, (n) => {
      const item = compileCondition(n.item);
      return {
        test: (row, ctx) => !item.test(row, ctx),
        explain: (row, ctx): Trace => {
          const child = item.explain(row, ctx);
          return { node: 'not', verdict: !child.verdict, child };
        },
      };
    })
    .with({ kind: 'compare' }, (n) => {
      const read = compilePath(n.path);
      const operator = getOperator(n.operator);
      const run = (row: Row, ctx: EvalContext) =>
        operator.test(read(row), n.prepared, { now: ctx.now, row, get: (p) => readPath(row, p) });
      return {
        test: run,
        explain: (row, ctx): Trace => ({
          node: 'compare', verdict: run(row, ctx), path: n.path, operator: n.operator, expected: n.operand, observed: read(row) ?? null,
        }),
      };
    })
    .with({ kind: 'quantify' }, (n) => {
      const read = compilePath(n.path);
      const item = compileCondition(n.item);
      const decide = (holds: boolean[]): boolean =>
        n.quantifier === 'some' ? holds.includes(true) : n.quantifier === 'every' ? !holds.includes(false) : !holds.includes(true);
      return {
        test: (row, ctx) => {
          const items = asList(read(row));
          return n.quantifier === 'some' ? items.some((i) => item.test(i, ctx))
            : n.quantifier === 'every' ? items.every((i) => item.test(i, ctx))
            : !items.some((i) => item.test(i, ctx));
        },
        explain: (row, ctx): Trace => {
          const items = asList(read(row)).map((i, index) => {
            const trace = item.explain(i, ctx);
            return { index, verdict: trace.verdict, trace };
          });
          return { node: n.quantifier, verdict: decide(items.map((i) => i.verdict)), path: n.path, items };
        },
      };
    })
    .with({ kind: 'count' }, (n) => {
      const read = compilePath(n.path);
      const where = n.where && compileCondition(n.where);
      const counted = (row: Row, ctx: EvalContext) => asList(read(row)).filter((i) => !where || where.test(i, ctx)).length;
      return {
        test: (row, ctx) => compareNumber(counted(row, ctx), n.comparison),
        explain: (row, ctx): Trace => {
          const c = counted(row, ctx);
          return { node: 'count', verdict: compareNumber(c, n.comparison), path: n.path, counted: c, expected: describeComparison(n.comparison) };
        },
      };
    })
    .with({ kind: 'join' }, (n) => {
      const where = n.where && compileCondition(n.where);
      const theirs = n.on.map(([t]) => compilePath(t));
      const ours = n.on.map(([, o]) => compilePath(o));
      // Built once per evaluation: rows of the joined kind that pass `where`, bucketed by their key.
      const index = (ctx: EvalContext) =>
        ctx.joinIndex(n, () => {
          const buckets = new Map<string, Row[]>();
          for (const other of ctx.rows(n.resource)) {
            if (where && !where.test(other, ctx)) continue;
            const key = keyOf(theirs.map((read) => read(other)));
            if (key === undefined) continue;
            const bucket = buckets.get(key);
            if (bucket) bucket.push(other);
            else buckets.set(key, [other]);
          }
          return buckets;
        });
      const matched = (row: Row, ctx: EvalContext): Row[] => {
        const key = keyOf(ours.map((read) => read(row)));
        return key === undefined ? [] : (index(ctx).get(key) ?? []);
      };
      const onText = n.on.map(([t, o]) => `${n.resource}.${t} = ${o}`).join(' and ') || 'every row';
      return {
        test: (row, ctx) => compareNumber(matched(row, ctx).length, n.comparison),
        explain: (row, ctx): Trace => {
          const rows = matched(row, ctx);
          return {
            node: 'join', verdict: compareNumber(rows.length, n.comparison), resource: n.resource, on: onText,
            matched: rows.map((r) => resourceKinds[n.resource].id(r)).sort(), counted: rows.length, expected: describeComparison(n.comparison),
          };
        },
      };
    })
    .exhaustive();
}

/** Fact paths a condition reads directly (not inside lists or joins): the default evidence of a violation. */
export function pathsRead(node: ConditionNode | undefined): string[] {
  if (!node) return [];
  return match<ConditionNode, string[]>(node)
    .with({ kind: 'all' }, { kind: 'any' }, (n) => n.items.flatMap(pathsRead))
    .with({ kind: 'not' }, (n) => pathsRead(n.item))
    .with({ kind: 'compare' }, { kind: 'quantify' }, { kind: 'count' }, (n) => [n.path])
    .with({ kind: 'join' }, (n) => n.on.map(([, ours]) => ours))
    .exhaustive();
}
