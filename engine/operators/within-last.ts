import { defineOperator } from './define-operator.js';
import { durationOperandSchema, prepareDuration } from './duration-operand.js';

/** Time rules use the snapshot's collectedAt as "now", so offline results never change with the day. */
export const withinLast = defineOperator({
  name: 'withinLast',
  description: "The fact is a timestamp no older than the duration before the snapshot's collectedAt (e.g. '26h', '7d'); a missing timestamp does not hold.",
  operand: durationOperandSchema,
  prepare: (operand) => prepareDuration(operand, "'26h' or '7d'"),
  test: (value, ms, { now }) => {
    if (typeof value !== 'string') return false;
    const at = Date.parse(value);
    return Number.isFinite(at) && now - at <= ms;
  },
});
