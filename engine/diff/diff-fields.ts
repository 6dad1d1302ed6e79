import type { FieldChange } from './types.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves by path (`containers[0].env[1].name`); empty lists and objects are leaves of their own. */
function flatten(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value) && value.length > 0) value.forEach((item, i) => flatten(item, `${prefix}[${i}]`, into));
  else if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  } else into.set(prefix, value);
  return into;
}

/** Field-level differences of one resource, in the order its fields appear (old paths first, then new ones). */
export function diffFields(oldRow: Record<string, unknown>, newRow: Record<string, unknown>): FieldChange[] {
  const before = flatten(oldRow, '', new Map());
  const after = flatten(newRow, '', new Map());
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths
    .filter((path) => !before.has(path) || !after.has(path) || JSON.stringify(before.get(path)) !== JSON.stringify(after.get(path)))
    .map((path) => ({ path, ...(before.has(path) ? { old: before.get(path) } : {}), ...(after.has(path) ? { new: after.get(path) } : {}) }));
}
