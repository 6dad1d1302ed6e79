import { RE2JS } from 're2js';
import { defineOperator, OperandError } from './define-operator.js';

/**
 * Regexes come from users' rule files, so they run on RE2 (linear time, no catastrophic backtracking).
 * The pattern is searched anywhere in the text; anchor it with ^ and $ to match the whole text.
 */
export const matches = defineOperator({
  name: 'matches',
  description: 'The fact is a text in which the RE2 regular expression finds a match (use ^…$ to match the whole text; (?i) ignores case).',
  operand: { type: 'string', minLength: 1 },
  prepare: (operand) => {
    try {
      return RE2JS.compile(operand as string);
    } catch (error) {
      throw new OperandError('bad-regex', (error as Error).message.replace(/^error parsing regexp: /, ''));
    }
  },
  test: (value, regex) => typeof value === 'string' && regex.matcher(value).find(),
});
