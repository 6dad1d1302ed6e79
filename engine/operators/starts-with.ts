import { defineOperator } from './define-operator.js';

export const startsWith = defineOperator({
  name: 'startsWith',
  description: 'The fact is a text that starts with the operand.',
  operand: { type: 'string' },
  prepare: (operand) => operand as string,
  test: (value, prefix) => typeof value === 'string' && value.startsWith(prefix),
});
