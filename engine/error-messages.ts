/**
 * Every user-facing error text, one function per situation: what is wrong, the value found, and the
 * likely fix, in one paragraph. The location (file:line:col or target) is added by FactgateError.format().
 */
const reason = (error: unknown): string =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
const readReasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory, a file was expected',
  ENOTDIR: 'a part of the path is not a directory',
};
const readReason = (error: unknown): string => readReasons[reason(error)] ?? reason(error);
const quote = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));
const list = (names: readonly string[]): string => names.map((n) => `'${n}'`).join(', ');

export const messages = {
  /** The location prefix names the file, so the paragraph says why it could not be read. */
  fileUnreadable: (_file: string, error: unknown) => `cannot be read: ${readReason(error)}.`,
  noRuleFiles: (paths: readonly string[]) =>
    `no rule files found in ${paths.join(', ')}. Rule files end in .yaml or .yml (and not .test.yaml).`,
  yamlSyntax: (detail: string) => `invalid YAML: ${detail.replace(/\s+/g, ' ').trim()}`,
  jsonSyntax: (detail: string) => `invalid JSON: ${detail}.`,
  schemaType: (what: string, expected: string, found: unknown) => `${what} must be ${expected}, got ${quote(found)}.`,
  schemaRequired: (what: string, key: string) => `${what} is missing the required key '${key}'.`,
  unknownKey: (what: string, key: string, suggestion: string) => `${what} has unknown key '${key}'.${suggestion}`,
  schemaEnum: (what: string, found: unknown, allowed: readonly unknown[]) =>
    `${what} must be one of ${allowed.map(quote).join(', ')}, got ${quote(found)}.`,
  schemaOther: (what: string, detail: string) => `${what} ${detail}.`,
  badRuleId: (id: string) =>
    `rule id ${quote(id)} must be '<pack>/<name>' in lower-case kebab-case, e.g. 'postgres/rls-enabled'.`,
  duplicateRuleId: (id: string, other: string) => `rule id '${id}' is already defined at ${other}; rule ids must be unique.`,
  unknownResourceKind: (kind: string, suggestion: string, known: readonly string[]) =>
    `unknown resource kind '${kind}'.${suggestion || ` Known kinds: ${list(known)}.`}`,
  unknownFactPath: (path: string, kind: string, suggestion: string) =>
    `'${path}' is not a fact of ${kind}.${suggestion} See schema/snapshot.schema.json or docs/snapshot.md for the facts of each kind.`,
  notAList: (path: string, kind: string) => `'${path}' of ${kind} is not a list, so some/every/none/count cannot iterate over it.`,
  unknownOperator: (name: string, suggestion: string) =>
    `unknown operator '${name}'.${suggestion} docs/rule-language.md lists every operator.`,
  conditionShape: (detail: string) =>
    `invalid condition: ${detail} A condition is {all: [...]}, {any: [...]}, {not: ...}, {path: P, <operator>: operand}, {path: P, some|every|none: condition}, {path: P, count: {...}} or {join: KIND, on: {...}, ...}.`,
  oneOperator: (path: string, found: readonly string[]) =>
    `the condition on '${path}' must have exactly one operator, found ${found.length === 0 ? 'none' : list(found)}.`,
  invalidOperand: (operator: string, detail: string, example: string) =>
    `invalid operand for '${operator}': ${detail}. Example: ${example}`,
  badRegex: (pattern: string, detail: string) =>
    `invalid regular expression ${quote(pattern)}: ${detail}. factgate uses RE2 syntax (no backreferences or lookaround).`,
  badGlob: (pattern: string, detail: string) => `invalid glob ${quote(pattern)}: ${detail}.`,
  badDuration: (text: unknown) => `invalid duration ${quote(text)}: write a number and a unit s, m, h, d or w, e.g. '26h' or '7d'.`,
  badCron: (schedule: string, detail: string) => `invalid cron schedule ${quote(schedule)}: ${detail}.`,
  unknownParameter: (name: string, ruleId: string, suggestion: string, known: readonly string[]) =>
    `rule '${ruleId}' has no parameter '${name}'.${suggestion || (known.length ? ` Its parameters: ${list(known)}.` : ' It declares no parameters.')}`,
  parameterType: (name: string, ruleId: string, detail: string) => `parameter '${name}' of rule '${ruleId}' ${detail}.`,
  unknownPlaceholder: (placeholder: string, kind: string, suggestion: string) =>
    `the template placeholder '{{${placeholder}}}' names no fact of ${kind} nor a parameter.${suggestion}`,
  unknownRule: (id: string, suggestion: string) => `no loaded rule has the id '${id}'.${suggestion}`,
  snapshotVersion: (found: unknown) =>
    `this is not a factgate snapshot/v1 document (its "factgate" field is ${quote(found)}). Collect it again with this version of factgate (factgate collect … -o FILE).`,
  snapshotInvalid: (pointer: string, detail: string) => `snapshot field ${pointer || '/'} ${detail}.`,
  operatorThrew: (ruleId: string, resource: string, error: unknown) =>
    `rule '${ruleId}' failed on ${resource}: ${error instanceof Error ? error.message : String(error)}. This is a bug in the operator or an unexpected fact value; the result of this rule cannot be trusted.`,
  missingFacts: (ruleId: string, collector: string, targets: readonly string[]) =>
    `rule '${ruleId}' could not be evaluated: the ${collector} collector failed for ${targets.join(', ')}, so its facts are missing.`,
  collectorFailed: (count: number) =>
    `${count} collector${count === 1 ? '' : 's'} failed, so the snapshot is incomplete and the gate cannot pass it. Fix the access problem above, or pass --allow-partial to evaluate the rest (rules that need the missing facts are then reported as errors).`,
  usage: (detail: string) => `${detail} Run 'factgate help' for usage.`,
  baselineIncomplete: (count: number) =>
    `${count} collector${count === 1 ? '' : 's'} failed, so the snapshot is incomplete and cannot serve as a baseline: the violations it cannot see would later fail the gate as new. Fix the access problem above and take the baseline from a complete snapshot.`,
  diffArguments: (found: readonly string[]) =>
    `'factgate diff' compares two snapshots, ${found.length === 0 ? 'got none' : `got ${list(found)}`}, e.g. factgate diff old.json new.json.`,
  stepSummaryUnwritable: (file: string, error: unknown) =>
    `cannot append the job summary to ${file}, the file GITHUB_STEP_SUMMARY names (${reason(error)}). The annotations above are complete; factgate exits 2 so that the missing summary does not go unnoticed.`,
  explainArguments: (found: readonly string[]) =>
    `'factgate explain' takes one rule id, ${found.length === 0 ? 'got none' : `got ${list(found)}`}, e.g. factgate explain postgres/rls-enabled --snapshot snapshot.json. Run 'factgate help' for usage.`,
  explainNeedsSnapshot: () =>
    `'factgate explain' needs --snapshot FILE: the snapshot to explain the rule on (write one with factgate collect … -o FILE). Run 'factgate help' for usage.`,
  explainUnknownRule: (id: string, suggestion: string, sources: readonly string[]) =>
    `no loaded rule has the id '${id}'.${suggestion} The rules came from ${sources.join(', ')}; name your rule files with --rules PATH (repeatable, 'builtin' for the built-in packs) or 'rules:' in factgate.yaml.`,
  ruleDisabled: (id: string, reason: string) =>
    `rule '${id}' is disabled here (reason: ${quote(reason)}), so it is not loaded; remove it from 'disable:' to explain it.`,
  unknownResource: (id: string, kind: string, suggestion: string, examples: readonly string[]) =>
    `no ${kind} resource in the snapshot has the id '${id}'.${suggestion || (examples.length > 0 ? ` Ids of ${kind} look like ${list(examples)}.` : ` The snapshot has no ${kind} resource at all.`)} Give the id as reports print it, or omit --resource to explain every resource.`,
  ruleTestNamesOtherRule: (named: string, ruleFile: string, defined: string) =>
    `this test file names rule '${named}' but ${ruleFile} defines '${defined}'; fix 'rule:' or move the test beside its rule.`,
  ruleTestDuplicateCase: (name: string) => `duplicate case name '${name}'; every case of a test file needs its own name.`,
  ruleTestFactsAndSnapshot: (name: string) => `case '${name}' gives both 'facts' and 'snapshot'; use one of them.`,
  ruleTestMissingFile: (testFile: string, ruleFile: string) => `no test file: write ${testFile} beside ${ruleFile} (see docs/authoring.md).`,
  ruleTestOrphan: (testFile: string) =>
    `there is no rule file beside this test: ${testFile.replace(/\.test\.ya?ml$/, '.yaml')} should hold the rule it tests (rename the test with its rule).`,
  ruleTestNeedsViolatingCase: () =>
    'every rule needs at least one case that expects a violation (a non-empty expect:), so that the test proves the rule can fail.',
  ruleTestNeedsPassingCase: () =>
    'every rule needs at least one case that expects no violation (expect: []), so that the test proves the rule can pass.',
  ruleTestVacuous: (hint: string) => `vacuous pass: the rule checked no resource, so this case proves nothing. ${hint}`,
};
