import { describe, expect, it } from 'vitest';
import { operators, operatorNames, type OperatorName } from '../../engine/operators/index.js';
import type { OperatorContext } from '../../engine/operators/define-operator.js';

const NOW = Date.parse('2026-02-09T11:00:00Z');
const context = (row: Record<string, unknown> = {}): OperatorContext => ({ now: NOW, row, get: (p) => row[p] });
const run = (name: OperatorName, value: unknown, operand: unknown, row: Record<string, unknown> = {}) => {
  const operator = operators[name] as unknown as { prepare(o: unknown): unknown; test(v: unknown, p: unknown, c: OperatorContext): boolean };
  return operator.test(value, operator.prepare(operand), context(row));
};

describe('operators', () => {
  it('given the registry, should be sorted by name', () => {
    expect(operatorNames).toEqual([...operatorNames].sort());
  });

  it.each([
    ['equals', true, true, true], ['equals', ['a'], ['a'], true], ['equals', null, null, true], ['equals', undefined, null, true], ['equals', 1, '1', false],
    ['notEquals', 'gen1', 'gen2', true], ['notEquals', 'gen2', 'gen2', false],
    ['gt', 2, 1, true], ['gt', 1, 1, false], ['gt', null, 0, false],
    ['gte', 1, 1, true], ['gte', 0, 1, false], ['gte', '5', 1, false],
    ['lt', 0, 1, true], ['lt', 1, 1, false],
    ['lte', 240, 60, false], ['lte', 60, 60, true],
    ['in', 'INSERT', ['INSERT', 'ALL'], true], ['in', 'SELECT', ['INSERT', 'ALL'], false],
    ['notIn', 'public', ['auth', 'cron'], true], ['notIn', 'auth', ['auth', 'cron'], false],
    ['exists', 'x', true, true], ['exists', null, true, false], ['exists', undefined, false, true], ['exists', '', true, true],
    ['contains', 'auth.uid() = user_id', 'auth.uid()', true], ['contains', ['anon'], 'anon', true], ['contains', ['anon'], 'public', false], ['contains', null, 'x', false],
    ['containsAny', ['authenticated'], ['public', 'anon', 'authenticated'], true], ['containsAny', ['service_role'], ['public', 'anon'], false],
    ['containsAll', ['A', 'B'], ['A'], true], ['containsAll', ['A'], ['A', 'B'], false], ['containsAll', [], [], true],
    ['startsWith', 'nikita-deliver', 'nikita-', true], ['startsWith', 'x', 'nikita-', false],
    ['endsWith', 'voice_flow.py', '.py', true], ['endsWith', 7, '.py', false],
    ['length', ['a', 'b'], { gte: 2 }, true], ['length', 'abc', { equals: 2 }, false], ['length', null, { equals: 0 }, false],
    ['matches', 'WITH CHECK (auth.uid() = user_id)', 'auth\\.uid\\(\\)', true], ['matches', 'true', 'auth\\.uid\\(\\)', false], ['matches', null, '.*', false],
    ['matches', 'SECRET', '(?i)secret', true],
    ['matchesGlob', 'onboarding/voice_flow.py', 'onboarding/**', true], ['matchesGlob', 'api/x.py', ['onboarding/**', 'api/*.py'], true], ['matchesGlob', 'api/a/x.py', 'api/*.py', false], ['matchesGlob', 'a.py', [], false],
    ['sqlAlwaysTrue', 'true', true, true], ['sqlAlwaysTrue', '(1 = 1)', true, true], ['sqlAlwaysTrue', "'t'::boolean", true, true],
    ['sqlAlwaysTrue', '(auth.uid() = user_id)', true, false], ['sqlAlwaysTrue', null, true, false], ['sqlAlwaysTrue', '(auth.uid() = user_id)', false, true],
    ['withinLast', '2026-02-09T10:00:00Z', '2h', true], ['withinLast', '2026-02-08T10:00:00Z', '24h', false], ['withinLast', null, '1d', false],
    ['scheduleIntervalAtLeast', '* * * * *', '5m', false], ['scheduleIntervalAtLeast', '*/5 * * * *', '5m', true], ['scheduleIntervalAtLeast', '59 23 * * *', '1d', true],
    ['scheduleIntervalAtLeast', '30 seconds', '1m', false], ['scheduleIntervalAtLeast', '@daily', '1d', true], ['scheduleIntervalAtLeast', 'not a schedule', '1m', false],
  ] as [OperatorName, unknown, unknown, boolean][])('given %s with value %j and operand %j, should return %s', (name, value, operand, expected) => {
    expect(run(name, value, operand)).toBe(expected);
  });

  it.each([
    ['0 * * * *', '2026-02-09T10:00:00.012Z', true],
    ['0 * * * *', '2026-02-09T09:00:00.012Z', false],
    ['59 23 * * *', '2026-02-08T23:59:00.020Z', true],
    ['59 23 * * *', '2026-02-07T23:59:00.020Z', false],
    ['* * * * *', '2026-02-09T10:59:00.004Z', true],
    ['0 12 $ * *', '2026-01-31T12:00:00Z', true],
    ['@reboot', null, false],
  ] as [string, string | null, boolean][])('given schedule %s and last success %s at 11:00, should say ran within schedule: %s', (schedule, last, expected) => {
    expect(run('ranWithinSchedule', last, { schedule: 'schedule', grace: '5m' }, { schedule })).toBe(expected);
  });
});
