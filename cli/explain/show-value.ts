const LIMIT = 200;

function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  // Single quotes as in YAML (a quote doubled), so a pattern reads exactly as it is written in a rule.
  if (typeof value === 'string') return /[\u0000-\u001f]/.test(value) ? JSON.stringify(value) : `'${value.replaceAll("'", "''")}'`;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${show(v)}`).join(', ')}}`;
  return String(value);
}

/**
 * A fact or operand as explain prints it: YAML flow style (texts in single quotes, so text 'true' and
 * boolean true differ), cut after 200 characters; `--format json` has every value whole.
 */
export function showValue(value: unknown): string {
  const text = show(value);
  return text.length <= LIMIT ? text : `${text.slice(0, LIMIT)}… (cut at ${LIMIT} characters)`;
}
