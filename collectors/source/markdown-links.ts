import path from 'node:path';

const INLINE = /\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/;
const REFERENCE = /\[((?:[^\]\\]|\\.)*)\]\[((?:[^\]\\]|\\.)*)\]/;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/;
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:\s*<?(\S+?)>?(?:\s|$)/;

/** The target of the earliest link in `lines` (inline, reference-style resolved against `document`, or autolink). */
export function firstLinkTarget(lines: readonly string[], document: readonly string[]): string | null {
  const definitions = new Map<string, string>();
  for (const line of document) {
    const d = DEFINITION.exec(line);
    if (d && !definitions.has(d[1]!.toLowerCase())) definitions.set(d[1]!.toLowerCase(), d[2]!);
  }
  for (const line of lines) {
    const candidates: { at: number; target: string | undefined }[] = [];
    const inline = INLINE.exec(line);
    if (inline) candidates.push({ at: inline.index, target: inline[1] });
    const reference = REFERENCE.exec(line);
    if (reference) candidates.push({ at: reference.index, target: definitions.get((reference[2] || reference[1])!.toLowerCase()) });
    const auto = AUTOLINK.exec(line);
    if (auto) candidates.push({ at: auto.index, target: auto[1] });
    const first = candidates.filter((c) => c.target !== undefined).sort((a, b) => a.at - b.at)[0];
    if (first) return first.target!;
  }
  return null;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A relative link becomes a path relative to the source root (so a rule can join it with another
 * spec's `file`): `../042-unified-pipeline/spec.md` in specs/037-x/spec.md → specs/042-unified-pipeline/spec.md.
 * URLs, in-page anchors and links that leave the root are kept as written.
 */
export function resolveLink(file: string, target: string): string {
  if (SCHEME.test(target) || target.startsWith('#')) return target;
  const bare = target.replace(/[?#].*$/, '');
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    // not percent-encoded after all: use it as written
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(path.posix.dirname(file), decoded);
  const normalized = path.posix.normalize(joined);
  return normalized === '..' || normalized.startsWith('../') || normalized === '.' ? target : normalized;
}
