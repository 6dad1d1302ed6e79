import { defineOperator } from './define-operator.js';

export const endsWith = defineOperator({
  name: 'endsWith',
  description: 'The fact is a text that ends with the operand.',
  operand: { type: 'string' },
  prepare: (operand) => operand as string,
  test: (value, suffix) => typeof value === 'string' && value.endsWith(suffix),
});
