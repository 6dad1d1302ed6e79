import { parseCronSchedule } from '../time/cron-schedule.js';
import { defineOperator } from './define-operator.js';
import { durationOperandSchema, prepareDuration } from './duration-operand.js';

export const scheduleIntervalAtLeast = defineOperator({
  name: 'scheduleIntervalAtLeast',
  description: "The fact is a cron schedule whose shortest gap between two runs is at least the duration (e.g. '5m'); an unparsable schedule does not hold.",
  operand: durationOperandSchema,
  prepare: (operand) => prepareDuration(operand, "'5m'"),
  test: (value, ms) => {
    if (typeof value !== 'string') return false;
    try {
      return parseCronSchedule(value).shortestInterval() >= ms;
    } catch {
      return false;
    }
  },
});
