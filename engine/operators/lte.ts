import { defineOperator } from './define-operator.js';

export const lte = defineOperator({
  name: 'lte',
  description: 'The fact is a number less than or equal to the operand; a missing or non-numeric fact does not hold.',
  operand: { type: 'number' },
  prepare: (operand) => operand as number,
  test: (value, operand) => typeof value === 'number' && value <= operand,
});
