/**
 * Code-unit order, the one every collector sorts facts by: the same on every machine and locale
 * (unlike localeCompare), so the same state always gives a byte-identical snapshot.
 */
export const compareText = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
