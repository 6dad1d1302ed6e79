import { parseDuration } from '../duration.js';
import { parseCronSchedule } from '../time/cron-schedule.js';
import { defineOperator, OperandError } from './define-operator.js';

export interface RanWithinSchedulePrepared {
  schedulePath: string;
  graceMs: number;
}

/**
 * A job "ran within its schedule" when its last run started at or after the latest fire time that is
 * at least `grace` before collectedAt: the grace covers launcher latency and a run still in progress.
 */
export const ranWithinSchedule = defineOperator<RanWithinSchedulePrepared>({
  name: 'ranWithinSchedule',
  description: "The fact is a timestamp at or after the latest time the cron schedule (read from the fact named by `schedule`) fired, at least `grace` before the snapshot's collectedAt.",
  operand: {
    type: 'object',
    properties: {
      schedule: { type: 'string', description: 'Fact path of the cron schedule text, e.g. schedule.' },
      grace: { type: 'string', description: "Allowed lateness, a duration such as '5m' (default 5m)." },
    },
    required: ['schedule'],
    additionalProperties: false,
  },
  prepare: (operand) => {
    const { schedule, grace = '5m' } = operand as { schedule: string; grace?: string };
    const graceMs = parseDuration(grace);
    if (graceMs === undefined) throw new OperandError('bad-duration', `grace '${grace}' is not a duration (write e.g. '5m')`);
    return { schedulePath: schedule, graceMs };
  },
  test: (value, { schedulePath, graceMs }, { now, get }) => {
    const schedule = get(schedulePath);
    if (typeof value !== 'string' || typeof schedule !== 'string') return false;
    const due = parseCronSchedule(schedule).previousFire(now - graceMs);
    return due === undefined || Date.parse(value) >= due;
  },
});
