// Code-unit order, independent of locale and server collation, so snapshots are byte-stable.
import { compareText as compare } from '../compare-text.js';

/** Sorts facts by the given identity fields, in order; returns a new array. */
export function sortBy<T>(items: readonly T[], ...keys: (keyof T)[]): T[] {
  return [...items].sort((x, y) => {
    for (const key of keys) {
      const order = compare(x[key] as string | number, y[key] as string | number);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** A sorted copy of a list of strings. */
export const sorted = (values: readonly string[]): string[] => [...values].sort(compare);
