/**
 * Every user-facing text of the source collector, one function per situation: what is wrong, the
 * value found, and the likely fix, in one paragraph. Config texts omit their location; the caller
 * puts the JSON pointer (or the lead's file:line:col) in front.
 */
const quote = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));
const list = (names: readonly unknown[]): string => names.map(quote).join(', ');

export const sourceMessages = {
  unknownKey: (key: string, suggestion: string) => `unknown key '${key}'.${suggestion}`,
  missingKey: (key: string) => `the required key '${key}' is missing.`,
  wrongType: (expected: string, found: unknown) => `must be ${expected}, got ${quote(found)}.`,
  notInEnum: (allowed: readonly unknown[], found: unknown) => `must be one of ${list(allowed)}, got ${quote(found)}.`,
  badProbeId: (id: unknown) =>
    `probe id ${quote(id)} must be lower-case kebab-case (letters, digits and single hyphens), e.g. 'webhook-secret-guard'.`,
  duplicateTag: (found: unknown) => `lists ${quote(found)} more than once.`,
  otherSchema: (detail: string) => `${detail}.`,
  duplicateProbeId: (id: string, first: number) => `probe id '${id}' is already used by probes[${first}]; probe ids must be unique.`,
  unknownWithinProbe: (id: string, ref: string, suggestion: string) =>
    `probe '${id}' is 'within' probe '${ref}', which is not defined.${suggestion}`,
  withinCycle: (chain: readonly string[]) =>
    `probes ${chain.map((c) => `'${c}'`).join(' → ')} refer to each other through 'within'; a probe cannot depend on itself.`,
  badRegex: (id: string, pattern: string, detail: string) =>
    `probe '${id}' has an invalid regular expression ${quote(pattern)}: ${detail}. Probes use RE2 syntax (linear time: no backreferences or lookaround; (?i) for case-insensitive).`,
  badGlob: (id: string | null, glob: string, detail: string) =>
    `${id ? `probe '${id}' has an` : 'an'} invalid glob ${quote(glob)}: ${detail}.`,
  notADirectory: (target: string, reason: string) =>
    `cannot scan the source directory ${target}: ${reason}. Pass an existing directory to --source.`,
  scanFailed: (target: string, reason: string) =>
    `the scan of the source directory ${target} stopped: ${reason}. No fact of this directory can be trusted.`,
  progress: (target: string, done: number, total: number) => `source ${target}: ${done} of ${total} files read`,
};
