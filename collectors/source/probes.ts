import type { RE2JS } from 're2js';
import type { SourceProbe } from '../../engine/snapshot/types.js';
import { FactgateError } from '../../engine/errors.js';
import type { ProbeConfig } from './config.js';
import { sourceMessages as m } from './messages.js';
import { compilePattern, requireGlobs } from './pattern.js';
import { byFileThenLine } from './order.js';

export type ProbeMatch = SourceProbe['matches'][number];

export interface CompiledProbe {
  config: ProbeConfig;
  regex: RE2JS;
  selects: (file: string) => boolean;
}

const MATCH_TEXT_MAX = 200;

/** Compiles every probe; a config that skipped parseSourceConfig can still hold a bad pattern or glob. */
export function compileProbes(probes: readonly ProbeConfig[]): CompiledProbe[] {
  return probes.map((config) => {
    const regex = compilePattern(config.pattern);
    if (!regex.ok) throw new FactgateError('bad-regex', m.badRegex(config.id, config.pattern, regex.detail));
    const include = requireGlobs(config.include, config.id);
    const exclude = requireGlobs(config.exclude, config.id);
    return { config, regex: regex.value, selects: (file) => include(file) && !exclude(file) };
  });
}

const clip = (line: string): string => {
  const text = line.trim();
  return text.length <= MATCH_TEXT_MAX ? text : [...text].slice(0, MATCH_TEXT_MAX).join('');
};

/** Raw matches of one probe in one file (before `within`); one per matching line. */
export function matchProbe(probe: CompiledProbe, file: string, lines: readonly string[]): ProbeMatch[] {
  const matches: ProbeMatch[] = [];
  lines.forEach((line, index) => {
    if (probe.regex.test(line)) matches.push({ file, line: index + 1, text: clip(line) });
  });
  return matches;
}

function near(matches: readonly ProbeMatch[], anchors: readonly ProbeMatch[], lines: number): ProbeMatch[] {
  const byFile = new Map<string, number[]>();
  for (const anchor of anchors) (byFile.get(anchor.file) ?? byFile.set(anchor.file, []).get(anchor.file)!).push(anchor.line);
  return matches.filter((match) => (byFile.get(match.file) ?? []).some((line) => Math.abs(line - match.line) <= lines));
}

/**
 * One fact per probe, sorted by id, matches sorted by file then line. A probe with `within` keeps the
 * matches near the *final* matches of the probe it names (after that one's own `within`);
 * parseSourceConfig has ruled out cycles, so resolving in dependency order terminates.
 */
export function probeFacts(root: string, probes: readonly ProbeConfig[], raw: ReadonlyMap<string, ProbeMatch[]>): SourceProbe[] {
  const byId = new Map(probes.map((p) => [p.id, p]));
  const final = new Map<string, ProbeMatch[]>();
  const resolve = (id: string, seen: ReadonlySet<string>): ProbeMatch[] => {
    const done = final.get(id);
    if (done) return done;
    const probe = byId.get(id);
    const own = [...(raw.get(id) ?? [])].sort(byFileThenLine);
    const within = probe?.within;
    const anchors = within && byId.has(within.probe) && !seen.has(within.probe) ? resolve(within.probe, new Set([...seen, id])) : null;
    const kept = within && anchors ? near(own, anchors, within.lines) : own;
    final.set(id, kept);
    return kept;
  };
  return probes
    .map((probe) => {
      const matches = resolve(probe.id, new Set([probe.id]));
      return { root, id: probe.id, description: probe.description, matchCount: matches.length, matches };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
