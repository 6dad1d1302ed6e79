import { defineOperator } from './define-operator.js';
import { compareNumber, numberComparisonSchema, type NumberComparison } from './values.js';

export const length = defineOperator({
  name: 'length',
  description: 'The number of items of a list fact, or characters of a text fact, satisfies one comparison, e.g. {gte: 1}.',
  operand: numberComparisonSchema,
  prepare: (operand) => operand as NumberComparison,
  test: (value, comparison) =>
    (typeof value === 'string' || Array.isArray(value)) && compareNumber(value.length, comparison),
});
