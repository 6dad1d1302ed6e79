import picomatch from 'picomatch';
import { defineOperator, OperandError } from './define-operator.js';

export const matchesGlob = defineOperator({
  name: 'matchesGlob',
  description: 'The fact is a path matching the glob, or one of the globs of a list (** spans directories; dotfiles match).',
  operand: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
  prepare: (operand) => {
    const globs = ([] as string[]).concat(operand as string | string[]);
    try {
      return globs.length === 0 ? () => false : picomatch(globs, { dot: true, strictBrackets: true });
    } catch (error) {
      throw new OperandError('bad-glob', (error as Error).message);
    }
  },
  test: (value, isMatch) => typeof value === 'string' && isMatch(value),
});
