import { defineOperator, identity } from './define-operator.js';
import { deepEqual } from './values.js';

export const equals = defineOperator({
  name: 'equals',
  description: 'The fact equals the operand (structural equality for lists and objects; a missing fact equals null).',
  operand: {},
  prepare: identity,
  test: (value, operand) => deepEqual(value, operand),
});
