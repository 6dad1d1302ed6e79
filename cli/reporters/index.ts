import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import type { Reporter } from './reporter.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

/** Every output format, sorted; `--format` accepts exactly these names. */
export const reporters = {
  github,
  json,
  junit,
  markdown,
  sarif,
  text,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;
export const reporterNames = Object.keys(reporters) as ReporterName[];
export const isReporterName = (name: string): name is ReporterName => Object.hasOwn(reporters, name);
