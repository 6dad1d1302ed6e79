import { defineOperator } from './define-operator.js';
import { contains } from './contains.js';

export const containsAny = defineOperator({
  name: 'containsAny',
  description: 'The fact (a list or a text) contains at least one of the operand values.',
  operand: { type: 'array', minItems: 1 },
  prepare: (operand) => operand as unknown[],
  test: (value, operand, context) => operand.some((item) => contains.test(value, item, context)),
});
