import { CronExpressionParser } from 'cron-parser';

/**
 * A pg_cron schedule, parsed once. pg_cron evaluates schedules in UTC and accepts three forms:
 * 5-field cron (with @macros), `$` for the last day of month (1.6+), and `N seconds` (1.5+).
 */
export interface CronSchedule {
  /** The latest fire time at or before `at` (epoch ms), or undefined when the schedule never fires (@reboot). */
  previousFire(at: number): number | undefined;
  /** The shortest gap between two consecutive fires, in ms (Infinity for @reboot). */
  shortestInterval(): number;
}

const SECONDS = /^\s*([1-5]?[0-9])\s+seconds?\s*$/i;
// A fixed, leap-year-spanning window keeps shortestInterval deterministic whatever the day it runs.
const SAMPLE_FROM = Date.UTC(2024, 0, 1);
const SAMPLE_FIRES = 800;

const parsed = new Map<string, CronSchedule>();

/** Parses a schedule once per distinct text (many jobs share schedules); throws with the parser's reason when invalid. */
export function parseCronSchedule(text: string): CronSchedule {
  let schedule = parsed.get(text);
  if (!schedule) {
    schedule = parseUncached(text);
    parsed.set(text, schedule);
  }
  return schedule;
}

function parseUncached(text: string): CronSchedule {
  const seconds = SECONDS.exec(text);
  if (seconds) {
    const every = Number(seconds[1]) * 1000;
    if (every <= 0) throw new Error('an interval schedule needs 1 to 59 seconds');
    return { previousFire: (at) => at - (at % every), shortestInterval: () => every };
  }
  if (/^\s*@(reboot|restart)\s*$/i.test(text)) return { previousFire: () => undefined, shortestInterval: () => Infinity };
  const fields = text.trim().split(/\s+/);
  if (!text.trim().startsWith('@') && fields.length !== 5) throw new Error(`expected 5 fields, found ${fields.length}`);
  if (fields[2]) fields[2] = fields[2].replace('$', 'L');
  const expression = text.trim().startsWith('@') ? text.trim() : fields.join(' ');
  CronExpressionParser.parse(expression, { tz: 'UTC', strict: false });
  return {
    previousFire(at) {
      // prev() from an instant exactly on a fire time returns the one before; step 1 ms past it.
      return CronExpressionParser.parse(expression, { currentDate: new Date(at + 1), tz: 'UTC' }).prev().getTime();
    },
    shortestInterval: memo(() => {
      const fires = CronExpressionParser.parse(expression, { currentDate: new Date(SAMPLE_FROM), tz: 'UTC' });
      let previous = fires.next().getTime();
      let shortest = Infinity;
      for (let i = 0; i < SAMPLE_FIRES; i++) {
        const next = fires.next().getTime();
        shortest = Math.min(shortest, next - previous);
        previous = next;
      }
      return shortest;
    }),
  };
}

const memo = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
};
