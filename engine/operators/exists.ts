import { defineOperator } from './define-operator.js';
import { isMissing } from './values.js';

export const exists = defineOperator({
  name: 'exists',
  description: 'With true, the fact is present and not null; with false, it is absent or null.',
  operand: { type: 'boolean' },
  prepare: (operand) => operand as boolean,
  test: (value, expected) => !isMissing(value) === expected,
});
