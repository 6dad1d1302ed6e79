import { contains } from './contains.js';
import { containsAll } from './contains-all.js';
import { containsAny } from './contains-any.js';
import type { Operator } from './define-operator.js';
import { endsWith } from './ends-with.js';
import { equals } from './equals.js';
import { exists } from './exists.js';
import { gt } from './gt.js';
import { gte } from './gte.js';
import { inList } from './in.js';
import { length } from './length.js';
import { lt } from './lt.js';
import { lte } from './lte.js';
import { matches } from './matches.js';
import { matchesGlob } from './matches-glob.js';
import { notEquals } from './not-equals.js';
import { notIn } from './not-in.js';
import { ranWithinSchedule } from './ran-within-schedule.js';
import { scheduleIntervalAtLeast } from './schedule-interval-at-least.js';
import { sqlAlwaysTrue } from './sql-always-true.js';
import { startsWith } from './starts-with.js';
import { withinLast } from './within-last.js';

/** Every operator, sorted by name (a test keeps it sorted). The YAML key is the registry key. */
export const operators = {
  contains,
  containsAll,
  containsAny,
  endsWith,
  equals,
  exists,
  gt,
  gte,
  in: inList,
  length,
  lt,
  lte,
  matches,
  matchesGlob,
  notEquals,
  notIn,
  ranWithinSchedule,
  scheduleIntervalAtLeast,
  sqlAlwaysTrue,
  startsWith,
  withinLast,
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each operator prepares its own operand type
} as const satisfies Record<string, Operator<any>>;

export type OperatorName = keyof typeof operators;
export const operatorNames = Object.keys(operators) as OperatorName[];
export const isOperatorName = (name: string): name is OperatorName => Object.hasOwn(operators, name);
export const getOperator = (name: OperatorName): Operator<unknown> => operators[name] as unknown as Operator<unknown>;
