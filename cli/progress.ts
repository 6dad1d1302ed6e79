import type { ProgressReporter } from '../collectors/types.js';
import type { Io } from './io.js';

/** Progress lines on stderr when it is a terminal; silence when it is a pipe or a CI log. */
export function progressFor(io: Io): ProgressReporter {
  if (!io.stderrIsTTY) return () => {};
  return (message) => io.stderr(`factgate: ${message}\n`);
}
