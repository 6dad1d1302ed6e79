const MASK = '***';

/**
 * Removes secrets from a text before it goes anywhere a user or a log can read it: every given secret
 * (raw and URL-encoded), and the password part of any `scheme://user:password@` URL.
 */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]*@/gi, `$1:${MASK}@`);
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
  }
  // Longest first, so a secret that contains another is masked whole.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(MASK);
  return out;
}

/** Applies `redact` to every string inside a JSON-like value (facts, stats), returning a copy. */
export function redactDeep<T>(value: T, secrets: readonly (string | null | undefined)[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)])) as T;
  }
  return value;
}
