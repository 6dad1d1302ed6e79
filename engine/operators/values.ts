/** Value helpers shared by operators: missing facts are null, equality is structural. */
export const isMissing = (value: unknown): boolean => value === undefined || value === null;

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isMissing(a) && isMissing(b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  return ak.length === bk.length && ak.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export const NUMBER_COMPARISONS = ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte'] as const;
export type NumberComparison = Partial<Record<(typeof NUMBER_COMPARISONS)[number], number>>;

/** Schema of `{gte: 1}`-style objects used by `length` and `count`: exactly one comparison. */
export const numberComparisonSchema = {
  type: 'object',
  description: 'Exactly one numeric comparison, e.g. {gte: 1}.',
  properties: Object.fromEntries(NUMBER_COMPARISONS.map((k) => [k, { type: 'number' }])),
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
};

export function compareNumber(actual: number, comparison: NumberComparison): boolean {
  const [op, expected] = Object.entries(comparison)[0] as [keyof NumberComparison, number];
  switch (op) {
    case 'equals': return actual === expected;
    case 'notEquals': return actual !== expected;
    case 'gt': return actual > expected;
    case 'gte': return actual >= expected;
    case 'lt': return actual < expected;
    case 'lte': return actual <= expected;
  }
}

export const describeComparison = (comparison: NumberComparison): string => {
  const [op, expected] = Object.entries(comparison)[0]!;
  const symbol = { equals: '=', notEquals: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' }[op] ?? op;
  return `${symbol} ${expected}`;
};
