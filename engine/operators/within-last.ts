import { parseDuration } from '../duration.js';
import { defineOperator, OperandError } from './define-operator.js';

/** Time rules use the snapshot's collectedAt as "now", so offline results never change with the day. */
export const withinLast = defineOperator({
  name: 'withinLast',
  description: "The fact is a timestamp no older than the duration before the snapshot's collectedAt (e.g. '26h', '7d'); a missing timestamp does not hold.",
  operand: { type: 'string', description: 'A duration: number and unit s, m, h, d or w.' },
  prepare: (operand) => {
    const ms = parseDuration(operand as string);
    if (ms === undefined) throw new OperandError('bad-duration', `'${String(operand)}' is not a duration (write e.g. '26h' or '7d')`);
    return ms;
  },
  test: (value, ms, { now }) => {
    if (typeof value !== 'string') return false;
    const at = Date.parse(value);
    return Number.isFinite(at) && now - at <= ms;
  },
});
