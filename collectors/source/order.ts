import { compareText } from '../compare-text.js';

export const byFileThenLine = (a: { file: string; line: number }, b: { file: string; line: number }): number =>
  compareText(a.file, b.file) || a.line - b.line;
