import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import { FactgateError } from '../../engine/errors.js';
import { sourceMessages as m } from './messages.js';

export type Compiled<T> = { ok: true; value: T } | { ok: false; detail: string };

const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A probe pattern compiled with RE2 (linear time: patterns come from users and run on every line). */
export function compilePattern(pattern: string): Compiled<RE2JS> {
  try {
    return { ok: true, value: RE2JS.compile(pattern) };
  } catch (error) {
    // RE2 says "error parsing regexp: missing closing ): `(`"; the pattern is quoted by the caller already.
    return { ok: false, detail: detailOf(error).replace(/^error parsing regexp: /, '').replace(/: `[^]*`$/, '') };
  }
}

/** Root-relative path → does any of the globs select it. `dot` so that .github/** and the like are reachable. */
export function compileGlobs(globs: readonly string[]): Compiled<(file: string) => boolean> {
  try {
    if (globs.length === 0) return { ok: true, value: () => false };
    return { ok: true, value: picomatch(globs as string[], { dot: true }) };
  } catch (error) {
    return { ok: false, detail: detailOf(error) };
  }
}

/** compileGlobs for a config that may have skipped parseSourceConfig: a bad glob is bad input, thrown. */
export function requireGlobs(globs: readonly string[], probeId: string | null = null): (file: string) => boolean {
  const compiled = compileGlobs(globs);
  if (!compiled.ok) throw new FactgateError('bad-glob', m.badGlob(probeId, globs.join(', '), compiled.detail));
  return compiled.value;
}
