import { parseDuration } from '../duration.js';
import { OperandError } from './define-operator.js';

export const durationOperandSchema = { type: 'string', description: 'A duration: number and unit s, m, h, d or w.' };

/** Milliseconds of a duration operand, or an OperandError showing the expected form. */
export function prepareDuration(operand: unknown, example: string): number {
  const ms = parseDuration(String(operand));
  if (ms === undefined) throw new OperandError('bad-duration', `'${String(operand)}' is not a duration (write e.g. ${example})`);
  return ms;
}
