import { closest } from '../../engine/did-you-mean.js';

/**
 * " Did you mean 'x'?" for a rule or resource id: the first known id containing what was typed (an id
 * given without its pack or schema, e.g. 'audit_logs'), else the closest one by spelling, else "".
 */
export function suggestId(given: string, known: readonly string[]): string {
  const lower = given.toLowerCase();
  const near = [...known].sort().find((id) => id.toLowerCase().includes(lower)) ?? closest(given, known);
  return near ? ` Did you mean '${near}'?` : '';
}
