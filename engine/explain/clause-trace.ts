/**
 * What `factgate explain` shows for one clause on one row: the evaluator's Trace, plus what an author
 * needs to understand it and the evaluator has no reason to keep (the parameters an operand came from,
 * the items a count counted, the joined rows a join's `where` turned away).
 */
export type ClauseTrace =
  | { node: 'all' | 'any'; verdict: boolean; children: ClauseTrace[] }
  | { node: 'not'; verdict: boolean; child: ClauseTrace }
  | {
      node: 'compare';
      verdict: boolean;
      path: string;
      operator: string;
      /** The operand after parameter substitution. */
      expected: unknown;
      /** The fact at `path` (null when absent). */
      observed: unknown;
      /** Parameters the operand was written with (`{param: NAME}`), when any. */
      params?: string[];
    }
  | { node: 'some' | 'every' | 'none'; verdict: boolean; path: string; items: ItemTrace[] }
  | {
      node: 'count';
      verdict: boolean;
      path: string;
      counted: number;
      /** The comparison the count must pass, e.g. "≥ 1". */
      expected: string;
      /** With a `where`: each item and whether it was counted. */
      items?: ItemTrace[];
    }
  | {
      node: 'join';
      verdict: boolean;
      resource: string;
      on: string;
      /** Ids of the joined rows that share the keys and pass the join's `where`, sorted. */
      matched: string[];
      counted: number;
      expected: string;
      /** With a `where`: the rows that share the keys but that `where` turned away, and why. */
      rejected?: { id: string; where: ClauseTrace }[];
    };

/** One item of a list fact under some/every/none/count: its index and the item condition's trace. */
export interface ItemTrace {
  index: number;
  verdict: boolean;
  trace: ClauseTrace;
}
