import { parseDuration } from '../duration.js';
import { parseCronSchedule } from '../time/cron-schedule.js';
import { defineOperator, OperandError } from './define-operator.js';

export const scheduleIntervalAtLeast = defineOperator({
  name: 'scheduleIntervalAtLeast',
  description: "The fact is a cron schedule whose shortest gap between two runs is at least the duration (e.g. '5m'); an unparsable schedule does not hold.",
  operand: { type: 'string', description: 'A duration: number and unit s, m, h, d or w.' },
  prepare: (operand) => {
    const ms = parseDuration(operand as string);
    if (ms === undefined) throw new OperandError('bad-duration', `'${String(operand)}' is not a duration (write e.g. '5m')`);
    return ms;
  },
  test: (value, ms) => {
    if (typeof value !== 'string') return false;
    try {
      return parseCronSchedule(value).shortestInterval() >= ms;
    } catch {
      return false;
    }
  },
});
