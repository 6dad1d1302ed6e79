import type { Row } from '../rule/types.js';

/** Compiles a dotted fact path into a reader; missing steps give undefined. Numeric segments index lists. */
export function compilePath(dotted: string): (row: unknown) => unknown {
  const segments = dotted.split('.');
  return (row) => {
    let value: unknown = row;
    for (const segment of segments) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
    return value;
  };
}

const readers = new Map<string, (row: unknown) => unknown>();

/** Reads a dotted path, caching the compiled reader (for operators that take a path at run time). */
export function readPath(row: Row, dotted: string): unknown {
  let reader = readers.get(dotted);
  if (!reader) {
    reader = compilePath(dotted);
    readers.set(dotted, reader);
  }
  return reader(row);
}
