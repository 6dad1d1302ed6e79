import { defineOperator, identity } from './define-operator.js';
import { deepEqual } from './values.js';

export const contains = defineOperator({
  name: 'contains',
  description: 'A text fact contains the operand as a substring, or a list fact has the operand as an element.',
  operand: {},
  prepare: identity,
  test: (value, operand) =>
    typeof value === 'string'
      ? typeof operand === 'string' && value.includes(operand)
      : Array.isArray(value) && value.some((item) => deepEqual(item, operand)),
});
