import { match } from 'ts-pattern';
import type { ClauseTrace, ItemTrace } from '../../engine/explain/explain-rule.js';
import type { Style } from '../reporters/style.js';
import { showValue } from './show-value.js';

export type Paint = (style: Style, text: string) => string;

/** Joined rows a join's `where` turned away that the text shows; JSON lists them all. */
const REJECTED_SHOWN = 10;
const QUANTIFIER_WORDS = { some: 'some item', every: 'every item', none: 'no item' } as const;
const holdCount = (verdicts: boolean[]) => `${verdicts.filter(Boolean).length} of ${verdicts.length} hold`;

/**
 * One clause and its sub-clauses as indented lines: a ✓ or ✗ (the clause's own verdict), then what
 * it tests and what it found. `label` prefixes the first line (a list item's index).
 */
export function renderClause(trace: ClauseTrace, indent: string, paint: Paint, label = ''): string[] {
  const mark = trace.verdict ? paint('green', '✓') : paint('red', '✗');
  const head = (text: string) => `${indent}${mark} ${label}${text}`;
  const inner = `${indent}  `;
  const items = (list: ItemTrace[]) => list.flatMap((item) => renderClause(item.trace, inner, paint, `[${item.index}] `));
  return match<ClauseTrace, string[]>(trace)
    .with({ node: 'all' }, { node: 'any' }, (t) => [
      head(`${t.node}: ${holdCount(t.children.map((c) => c.verdict))}`),
      ...t.children.flatMap((c) => renderClause(c, inner, paint)),
    ])
    .with({ node: 'not' }, (t) => [head('not'), ...renderClause(t.child, inner, paint)])
    .with({ node: 'compare' }, (t) => {
      const origin = t.params ? ` (parameter ${t.params.join(', ')})` : '';
      return [head(`${t.path} ${t.operator} ${showValue(t.expected)}${origin} — observed ${showValue(t.observed)}`)];
    })
    .with({ node: 'some' }, { node: 'every' }, { node: 'none' }, (t) => [
      head(`${QUANTIFIER_WORDS[t.node]} of ${t.path}: ${t.items.length === 0 ? 'the list is empty' : holdCount(t.items.map((i) => i.verdict))}`),
      ...items(t.items),
    ])
    .with({ node: 'count' }, (t) => [head(`count of ${t.path}: ${t.counted}, expected ${t.expected}`), ...items(t.items ?? [])])
    .with({ node: 'join' }, (t) => {
      const rejected = t.rejected ?? [];
      return [
        head(`join ${t.resource} on ${t.on}: ${t.counted} matched, expected ${t.expected}`),
        ...t.matched.map((id) => `${inner}matched ${showValue(id)}`),
        ...rejected.slice(0, REJECTED_SHOWN).flatMap((r) => [
          `${inner}rejected ${showValue(r.id)} by the join's where:`,
          ...renderClause(r.where, `${inner}  `, paint),
        ]),
        ...(rejected.length > REJECTED_SHOWN ? [`${inner}… and ${rejected.length - REJECTED_SHOWN} more rejected (--format json lists them all)`] : []),
      ];
    })
    .exhaustive();
}
