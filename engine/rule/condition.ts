import type { OperatorName } from '../operators/index.js';
import type { NumberComparison } from '../operators/values.js';
import type { ResourceKindName } from '../snapshot/kinds.js';

/** Where a node sits in its rule file (YAML path), for errors and explain output. */
export type YamlPath = (string | number)[];

/** A rule condition after parsing and checking: the union every compiler and explainer matches on. */
export type ConditionNode =
  | { kind: 'all'; items: ConditionNode[]; at: YamlPath }
  | { kind: 'any'; items: ConditionNode[]; at: YamlPath }
  | { kind: 'not'; item: ConditionNode; at: YamlPath }
  | { kind: 'compare'; path: string; operator: OperatorName; operand: unknown; prepared: unknown; at: YamlPath }
  | { kind: 'quantify'; quantifier: 'some' | 'every' | 'none'; path: string; item: ConditionNode; at: YamlPath }
  | { kind: 'count'; path: string; where: ConditionNode | undefined; comparison: NumberComparison; at: YamlPath }
  | {
      kind: 'join';
      resource: ResourceKindName;
      /** Pairs of [fact of the joined kind, fact of this row]. */
      on: [string, string][];
      where: ConditionNode | undefined;
      comparison: NumberComparison;
      at: YamlPath;
    };

/** What explain reports for one node evaluated on one row. */
export type Trace =
  | { node: 'all' | 'any'; verdict: boolean; children: Trace[] }
  | { node: 'not'; verdict: boolean; child: Trace }
  | { node: 'compare'; verdict: boolean; path: string; operator: string; expected: unknown; observed: unknown }
  | { node: 'some' | 'every' | 'none'; verdict: boolean; path: string; items: { index: number; verdict: boolean; trace: Trace }[] }
  | { node: 'count'; verdict: boolean; path: string; counted: number; expected: string }
  | { node: 'join'; verdict: boolean; resource: string; on: string; matched: string[]; counted: number; expected: string };
