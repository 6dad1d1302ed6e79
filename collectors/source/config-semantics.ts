import type { SourceCollectorConfig, SourceConfigIssue } from './config.js';
import { pointerOf } from './config-issues.js';
import { sourceMessages as m } from './messages.js';
import { compileGlobs, compilePattern } from './pattern.js';
import { suggestion } from './suggest.js';

const issue = (path: (string | number)[], code: SourceConfigIssue['code'], message: string): SourceConfigIssue => ({
  path,
  pointer: pointerOf(path),
  code,
  message,
});

function globIssues(globs: readonly string[], path: (string | number)[], id: string | null): SourceConfigIssue[] {
  return globs.flatMap((glob, i) => {
    const compiled = compileGlobs([glob]);
    return compiled.ok ? [] : [issue([...path, i], 'bad-glob', m.badGlob(id, glob, compiled.detail))];
  });
}

/** Each probe has at most one `within`, so following the chain from every probe finds every cycle. */
function cycleIssues(config: SourceCollectorConfig, index: Map<string, number>): SourceConfigIssue[] {
  const reported = new Set<string>();
  const issues: SourceConfigIssue[] = [];
  config.probes.forEach((start, i) => {
    const chain = [start.id];
    let next = start.within?.probe;
    while (next !== undefined && index.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = config.probes[index.get(next)!]!.within?.probe;
    }
    if (next !== start.id) return;
    const key = [...chain].sort().join(' ');
    if (reported.has(key)) return;
    reported.add(key);
    issues.push(issue(['probes', i, 'within', 'probe'], 'config-invalid', m.withinCycle([...chain, start.id])));
  });
  return issues;
}

/** What the JSON Schema cannot say: unique ids, `within` targets, cycles, RE2 syntax, glob syntax. */
export function semanticIssues(config: SourceCollectorConfig): SourceConfigIssue[] {
  const issues: SourceConfigIssue[] = [];
  const index = new Map<string, number>();
  config.probes.forEach((probe, i) => {
    const first = index.get(probe.id);
    if (first !== undefined) issues.push(issue(['probes', i, 'id'], 'config-invalid', m.duplicateProbeId(probe.id, first)));
    else index.set(probe.id, i);
  });
  config.probes.forEach((probe, i) => {
    const compiled = compilePattern(probe.pattern);
    if (!compiled.ok) issues.push(issue(['probes', i, 'pattern'], 'bad-regex', m.badRegex(probe.id, probe.pattern, compiled.detail)));
    issues.push(...globIssues(probe.include, ['probes', i, 'include'], probe.id));
    issues.push(...globIssues(probe.exclude, ['probes', i, 'exclude'], probe.id));
    const ref = probe.within?.probe;
    if (ref !== undefined && !index.has(ref)) {
      const known = config.probes.map((p) => p.id).filter((id) => id !== probe.id);
      issues.push(issue(['probes', i, 'within', 'probe'], 'config-invalid', m.unknownWithinProbe(probe.id, ref, suggestion(ref, known))));
    }
  });
  issues.push(...cycleIssues(config, index));
  issues.push(...globIssues(config.specs, ['specs'], null), ...globIssues(config.exclude, ['exclude'], null));
  return issues;
}
