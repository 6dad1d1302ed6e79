import { defineOperator } from './define-operator.js';

export const lt = defineOperator({
  name: 'lt',
  description: 'The fact is a number less than the operand; a missing or non-numeric fact does not hold.',
  operand: { type: 'number' },
  prepare: (operand) => operand as number,
  test: (value, operand) => typeof value === 'number' && value < operand,
});
