import type { FactgateError } from '../errors.js';
import type { YamlFile } from '../load/yaml-file.js';
import type { Shape } from '../snapshot/fact-shape.js';

/** What compiling one rule needs; errors are collected, not thrown, so a run reports all of them. */
export interface CompileContext {
  ruleId: string;
  yaml: YamlFile;
  /** Parameter values: the rule's defaults overridden by the project config. */
  parameters: Record<string, unknown>;
  errors: FactgateError[];
}

/** The facts visible at one point of a condition: a resource kind's row, a list item, or a joined row. */
export interface Scope {
  shape: Shape;
  /** How messages name this scope, e.g. "postgres.policies" or "items of containers in cloudRun.services". */
  label: string;
}
