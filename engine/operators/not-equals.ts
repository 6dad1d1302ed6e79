import { defineOperator, identity } from './define-operator.js';
import { deepEqual } from './values.js';

export const notEquals = defineOperator({
  name: 'notEquals',
  description: 'The fact differs from the operand (structural comparison; a missing fact equals null).',
  operand: {},
  prepare: identity,
  test: (value, operand) => !deepEqual(value, operand),
});
