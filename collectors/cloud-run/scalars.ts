import type { Findings } from './findings.js';
import { isPlaceholder } from './templates.js';

/**
 * Tolerant readers for the scalars of hand-written and API inputs: unquoted numbers, numbers in
 * strings (`'10'`, int64 `"3"`), booleans as `'False'`/`'true'` in any case. Absent, null and '' read
 * as undefined. A placeholder reads as undefined and is noted; anything else unreadable is a problem.
 * `field` names where the value sits, for the note or the problem.
 */

/** Safe view of an object-ish input value: `{}` for anything that is not a plain object. */
export function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A string field; numbers are accepted (a namespace written as an unquoted project number). */
export function readString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function readInt(value: unknown, field: string, findings: Findings): number | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) return Number(value);
  return unreadable(value, field, 'a whole number', findings);
}

export function readBool(value: unknown, field: string, findings: Findings): boolean | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return unreadable(value, field, 'true or false', findings);
}

/** Notes a placeholder, or records a problem quoting the (non-secret) value. Returns undefined. */
export function unreadable(value: unknown, field: string, expected: string, findings: Findings): undefined {
  if (isPlaceholder(value)) findings.note(`${field} is a placeholder, read as absent`);
  else findings.problem(`${field} is ${JSON.stringify(value)}, expected ${expected}`);
  return undefined;
}
