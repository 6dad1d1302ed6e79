import type { Reporter } from './reporter.js';

export const json: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
