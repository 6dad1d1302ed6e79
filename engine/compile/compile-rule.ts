import { didYouMean } from '../did-you-mean.js';
import { FactgateError, type SourceLocation } from '../errors.js';
import { messages } from '../error-messages.js';
import type { YamlFile } from '../load/yaml-file.js';
import { allPaths, lookupPath, rowShape } from '../snapshot/fact-shape.js';
import type { CompiledRule, RuleDefinition } from '../rule/types.js';
import type { CompileContext } from './compile-context.js';
import { compileCondition, pathsRead } from './compile-condition.js';
import { compileTemplate } from './compile-template.js';
import { parseCondition } from './parse-condition.js';

/** Parameter values a project sets for one rule, with where each was written (for errors). */
export interface ParameterOverrides {
  values: Record<string, unknown>;
  locate(name: string): SourceLocation;
}

const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value);

/** Compiles one validated rule file. Returns the rule, or undefined after adding its errors to `errors`. */
export function compileRule(
  definition: RuleDefinition,
  yaml: YamlFile,
  overrides: ParameterOverrides | undefined,
  errors: FactgateError[],
): CompiledRule | undefined {
  const declared = definition.parameters ?? {};
  const parameters: Record<string, unknown> = Object.fromEntries(Object.entries(declared).map(([name, p]) => [name, p.default]));
  const before = errors.length;
  for (const [name, value] of Object.entries(overrides?.values ?? {})) {
    const location = overrides!.locate(name);
    if (!Object.hasOwn(declared, name)) {
      const known = Object.keys(declared);
      errors.push(new FactgateError('unknown-parameter', messages.unknownParameter(name, definition.id, didYouMean(name, known), known), { location }));
    } else if (jsonType(value) !== jsonType(declared[name]!.default)) {
      errors.push(new FactgateError('config-invalid', messages.parameterType(name, definition.id, `must be a ${jsonType(declared[name]!.default)} like its default, got ${JSON.stringify(value)}`), { location }));
    } else {
      parameters[name] = value;
    }
  }
  const ctx: CompileContext = { ruleId: definition.id, yaml, parameters, errors };
  const shape = rowShape(definition.resource);
  const scope = { shape, label: definition.resource };
  const whereNode = definition.where === undefined ? undefined : parseCondition(definition.where, ['where'], scope, ctx);
  const assertNode = definition.assert === undefined ? undefined : parseCondition(definition.assert, ['assert'], scope, ctx);
  const message = compileTemplate(definition.message, ['message'], shape, definition.resource, ctx);
  const remediation = compileTemplate(definition.remediation, ['remediation'], shape, definition.resource, ctx);
  for (const [i, path] of (definition.evidence ?? []).entries()) {
    if (!lookupPath(shape, path).ok) {
      errors.push(new FactgateError('unknown-fact-path', messages.unknownFactPath(path, definition.resource, didYouMean(path, allPaths(shape))), { location: yaml.locate(['evidence', i]) }));
    }
  }
  if (errors.length > before) return undefined;
  const evidencePaths = definition.evidence ?? [...new Set([...pathsRead(whereNode), ...pathsRead(assertNode)])];
  return {
    id: definition.id,
    title: definition.title,
    severity: definition.severity,
    rationale: definition.rationale,
    references: definition.references ?? [],
    tags: definition.tags ?? [],
    resource: definition.resource,
    location: yaml.locate(['id']),
    parameters,
    where: whereNode && compileCondition(whereNode),
    assert: assertNode && compileCondition(assertNode),
    whereNode,
    assertNode,
    message,
    remediation,
    remediationTemplate: definition.remediation,
    evidencePaths: [...evidencePaths].sort(),
  };
}
