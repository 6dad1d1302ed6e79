import { defineOperator } from './define-operator.js';
import { contains } from './contains.js';

export const containsAll = defineOperator({
  name: 'containsAll',
  description: 'The fact (a list or a text) contains every one of the operand values (an empty list always holds).',
  operand: { type: 'array' },
  prepare: (operand) => operand as unknown[],
  test: (value, operand, context) => operand.every((item) => contains.test(value, item, context)),
});
