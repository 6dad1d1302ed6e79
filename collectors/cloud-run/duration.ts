import type { Findings } from './findings.js';
import { isAbsent, obj, readInt, unreadable } from './scalars.js';

/**
 * A google.protobuf.Duration in whole seconds (rounded): `{seconds: '300', nanos: 0}` from the Node
 * client, `'300s'` / `'1.5s'` from proto3 JSON, a plain number from a v1 `timeoutSeconds`.
 */
export function readDurationSeconds(value: unknown, field: string, findings: Findings): number | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'object') {
    const seconds = readInt(obj(value).seconds, `${field}.seconds`, findings) ?? 0;
    const nanos = readInt(obj(value).nanos, `${field}.nanos`, findings) ?? 0;
    return Math.round(seconds + nanos / 1e9);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)s?\s*$/.exec(value) : null;
  if (match?.[1] !== undefined) return Math.round(Number(match[1]));
  return unreadable(value, field, 'a duration such as 300s', findings);
}
