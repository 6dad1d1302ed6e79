import type { Severity } from '../../engine/severity.js';

const codes = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], green: [32, 39] } as const;
export type Style = keyof typeof codes;

/** ANSI styling that is a no-op unless the output is a terminal. */
export const styler = (color: boolean) => (style: Style, text: string): string =>
  color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text;

export const severityStyle: Record<Severity, Style> = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'blue', info: 'dim' };
