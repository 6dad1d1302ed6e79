import { didYouMean } from '../did-you-mean.js';
import { FactgateError, FactgateErrors } from '../errors.js';
import { messages } from '../error-messages.js';
import { compileRule, type ParameterOverrides } from '../compile/compile-rule.js';
import { isResourceKindName, resourceKindNames } from '../snapshot/kinds.js';
import type { CompiledRule, RuleDefinition } from '../rule/types.js';
import { wildcard } from '../gate/wildcard.js';
import { validatorFor } from './ajv.js';
import { findFiles, isRuleFileName } from './find-files.js';
import { buildRulesSchema, ruleIdPattern } from './rules-schema.js';
import { schemaErrorsToFactgate, sortErrors } from './schema-errors.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

const rulesSchema = buildRulesSchema();

export interface LoadedRuleFile {
  yaml: YamlFile;
  definition: RuleDefinition;
}

/** Reads and schema-checks one rule file; conditions are checked later, precisely, by the compiler. */
export function checkRuleFile(yaml: YamlFile, errors: FactgateError[]): LoadedRuleFile | undefined {
  const value = yaml.value as Record<string, unknown> | null;
  const before = errors.length;
  const validate = validatorFor(rulesSchema);
  if (!validate(value)) {
    errors.push(
      ...schemaErrorsToFactgate(validate.errors ?? [], yaml, 'rule', {
        skip: (path) => path[0] === 'where' || path[0] === 'assert' || (path[0] === 'resource' && path.length === 1) || (path[0] === 'id' && path.length === 1),
      }),
    );
  }
  if (value && typeof value === 'object') {
    if (typeof value.resource === 'string' && !isResourceKindName(value.resource)) {
      errors.push(new FactgateError('unknown-resource-kind', messages.unknownResourceKind(value.resource, didYouMean(value.resource, resourceKindNames), resourceKindNames), { location: yaml.locate(['resource']) }));
    }
    if (typeof value.id === 'string' && !ruleIdPattern.test(value.id)) {
      errors.push(new FactgateError('schema-violation', messages.badRuleId(value.id), { location: yaml.locate(['id']) }));
    }
  }
  return errors.length > before ? undefined : { yaml, definition: value as unknown as RuleDefinition };
}

/**
 * The parameter values for one rule: entries keyed by a wildcard (`postgres/*`) set the parameters a
 * matching rule declares (others are ignored); an entry keyed by the exact id wins and must name only
 * declared parameters.
 */
function overridesFor(definition: RuleDefinition, all: Record<string, ParameterOverrides> | undefined): ParameterOverrides | undefined {
  if (!all) return undefined;
  const declared = Object.keys(definition.parameters ?? {});
  const values: Record<string, unknown> = {};
  const locations = new Map<string, ParameterOverrides>();
  for (const [key, overrides] of Object.entries(all)) {
    if (!key.includes('*') || !wildcard(key)(definition.id)) continue;
    for (const [name, value] of Object.entries(overrides.values)) {
      if (!declared.includes(name)) continue;
      values[name] = value;
      locations.set(name, overrides);
    }
  }
  const exact = all[definition.id];
  for (const [name, value] of Object.entries(exact?.values ?? {})) {
    values[name] = value;
    locations.set(name, exact!);
  }
  return locations.size === 0 ? undefined : { values, locate: (name) => locations.get(name)!.locate(name) };
}

export interface LoadRulesOptions {
  /** Parameter overrides by rule id or wildcard such as `postgres/*` (from factgate.yaml). */
  parameters?: Record<string, ParameterOverrides>;
}

/**
 * Loads, validates and compiles every rule file under `paths`. All problems of all files are
 * gathered and thrown together as FactgateErrors, before any rule runs.
 */
export async function loadRules(paths: readonly string[], options: LoadRulesOptions = {}): Promise<CompiledRule[]> {
  const files = await findFiles(paths, isRuleFileName);
  if (files.length === 0) throw new FactgateErrors([new FactgateError('file-unreadable', messages.noRuleFiles(paths))]);
  const errors: FactgateError[] = [];
  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let yaml: YamlFile;
    try {
      yaml = await readYamlFile(file);
    } catch (error) {
      if (error instanceof FactgateError) {
        errors.push(error);
        continue;
      }
      throw error;
    }
    const loaded = checkRuleFile(yaml, errors);
    if (!loaded) continue;
    const { id } = loaded.definition;
    const location = yaml.locate(['id']);
    const previous = seen.get(id);
    if (previous) {
      errors.push(new FactgateError('duplicate-rule-id', messages.duplicateRuleId(id, previous), { location }));
      continue;
    }
    seen.set(id, `${location.file}:${location.line}:${location.col}`);
    const rule = compileRule(loaded.definition, yaml, overridesFor(loaded.definition, options.parameters), errors);
    if (rule) rules.push(rule);
  }
  for (const [id, overrides] of Object.entries(options.parameters ?? {})) {
    const matchesSome = id.includes('*') ? [...seen.keys()].some(wildcard(id)) : seen.has(id);
    if (!matchesSome) {
      const first = Object.keys(overrides.values)[0] ?? '';
      errors.push(new FactgateError('unknown-rule', messages.unknownRule(id, didYouMean(id, seen.keys())), { location: overrides.locate(first) }));
    }
  }
  if (errors.length > 0) throw new FactgateErrors(sortErrors(errors));
  return rules.sort((a, b) => (a.id < b.id ? -1 : 1));
}
