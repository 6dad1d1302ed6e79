import { defineOperator } from './define-operator.js';
import { deepEqual } from './values.js';

export const inList = defineOperator({
  name: 'in',
  description: 'The fact equals one of the values in the operand list.',
  operand: { type: 'array' },
  prepare: (operand) => operand as unknown[],
  test: (value, operand) => operand.some((candidate) => deepEqual(value, candidate)),
});
