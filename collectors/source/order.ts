/** Code-unit order: deterministic on every machine, unlike localeCompare. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byFileThenLine = (a: { file: string; line: number }, b: { file: string; line: number }): number =>
  compareText(a.file, b.file) || a.line - b.line;
