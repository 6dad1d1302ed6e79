import { defineOperator } from './define-operator.js';

/**
 * Forms Postgres deparses an always-true expression into (pg_get_expr output, verified on PG 15):
 * `true`, `(true)`, `'t'`, `(1 = 1)`, `(true AND true)`. Whitespace and parentheses are ignored.
 */
const ALWAYS_TRUE = new Set(['true', "'t'", "'true'", "'t'::boolean", "'true'::boolean", '1=1', 'trueandtrue', 'trueortrue']);

export function isAlwaysTrueSql(expression: string): boolean {
  const normalized = expression.toLowerCase().replace(/[\s()]/g, '');
  return ALWAYS_TRUE.has(normalized);
}

export const sqlAlwaysTrue = defineOperator({
  name: 'sqlAlwaysTrue',
  description: "With true, the fact is an SQL expression that is always true (true, (true), 't', 1 = 1); with false, it is not. A missing expression is not always true.",
  operand: { type: 'boolean' },
  prepare: (operand) => operand as boolean,
  test: (value, expected) => (typeof value === 'string' && isAlwaysTrueSql(value)) === expected,
});
