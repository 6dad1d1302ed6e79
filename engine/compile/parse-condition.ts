import { didYouMean } from '../did-you-mean.js';
import { FactgateError } from '../errors.js';
import { messages } from '../error-messages.js';
import { getOperator, isOperatorName, operatorNames } from '../operators/index.js';
import { NUMBER_COMPARISONS, type NumberComparison } from '../operators/values.js';
import { allPaths, lookupPath, rowShape } from '../snapshot/fact-shape.js';
import { isResourceKindName, resourceKindNames } from '../snapshot/kinds.js';
import type { ConditionNode, YamlPath } from '../rule/condition.js';
import type { CompileContext, Scope } from './compile-context.js';
import { resolveOperand } from './resolve-operand.js';

type Raw = Record<string, unknown>;
const QUANTIFIERS = ['some', 'every', 'none'] as const;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a raw YAML condition and turns it into a ConditionNode. Every fact path is checked against
 * the snapshot schema of the scope it is read in; problems are added to ctx.errors with their position.
 */
export function parseCondition(raw: unknown, at: YamlPath, scope: Scope, ctx: CompileContext): ConditionNode | undefined {
  const fail = (code: FactgateError['code'], message: string, where: YamlPath = at, key = false): undefined => {
    ctx.errors.push(new FactgateError(code, message, { location: key ? ctx.yaml.locateKey(where) : ctx.yaml.locate(where) }));
    return undefined;
  };
  if (!isObject(raw)) return fail('schema-violation', messages.conditionShape(`expected a mapping, got ${JSON.stringify(raw)}.`));
  const keys = Object.keys(raw);

  for (const combinator of ['all', 'any'] as const) {
    if (!(combinator in raw)) continue;
    if (keys.length !== 1) return fail('schema-violation', messages.conditionShape(`'${combinator}' cannot be combined with ${keys.filter((k) => k !== combinator).map((k) => `'${k}'`).join(', ')} in one mapping.`));
    const list = raw[combinator];
    if (!Array.isArray(list) || list.length === 0) return fail('schema-violation', messages.conditionShape(`'${combinator}' takes a non-empty list of conditions.`), [...at, combinator]);
    const items = list.map((item, i) => parseCondition(item, [...at, combinator, i], scope, ctx));
    return items.every((i) => i !== undefined) ? { kind: combinator, items: items as ConditionNode[], at } : undefined;
  }
  if ('not' in raw) {
    if (keys.length !== 1) return fail('schema-violation', messages.conditionShape(`'not' takes one condition and no other key.`));
    const item = parseCondition(raw.not, [...at, 'not'], scope, ctx);
    return item && { kind: 'not', item, at };
  }
  if ('join' in raw) return parseJoin(raw, at, scope, ctx, fail);
  if (!('path' in raw)) {
    const near = keys.find((k) => isOperatorName(k) || QUANTIFIERS.includes(k as never) || k === 'count');
    return fail('schema-violation', messages.conditionShape(near ? `'${near}' needs a 'path' naming the fact it tests.` : `found keys ${keys.map((k) => `'${k}'`).join(', ')}.`));
  }
  const path = raw.path;
  if (typeof path !== 'string' || path === '') return fail('schema-violation', messages.conditionShape(`'path' must be a dotted fact path.`), [...at, 'path']);
  const looked = lookupPath(scope.shape, path);
  if (!looked.ok) {
    return fail('unknown-fact-path', messages.unknownFactPath(path, scope.label, didYouMean(path, allPaths(scope.shape))), [...at, 'path']);
  }
  const rest = keys.filter((k) => k !== 'path');
  if (rest.length !== 1) return fail('unknown-operator', messages.oneOperator(path, rest));
  const word = rest[0]!;

  if (QUANTIFIERS.includes(word as never) || word === 'count') {
    if (looked.shape.type !== 'array') return fail('unknown-fact-path', messages.notAList(path, scope.label), [...at, 'path']);
    const inner: Scope = { shape: looked.shape.items, label: `items of ${path} in ${scope.label}` };
    if (word === 'count') return parseCount(raw.count, path, at, inner, ctx, fail);
    const item = parseCondition(raw[word], [...at, word], inner, ctx);
    return item && { kind: 'quantify', quantifier: word as (typeof QUANTIFIERS)[number], path, item, at };
  }
  if (!isOperatorName(word)) {
    return fail('unknown-operator', messages.unknownOperator(word, didYouMean(word, [...operatorNames, ...QUANTIFIERS, 'count'])), [...at, word], true);
  }
  const operand = resolveOperand(getOperator(word), word, raw[word], [...at, word], ctx);
  return operand.ok ? { kind: 'compare', path, operator: word, operand: operand.value, prepared: operand.prepared, at } : undefined;
}

type Fail = (code: FactgateError['code'], message: string, where?: YamlPath, key?: boolean) => undefined;

function parseComparison(raw: Raw, at: YamlPath, fail: Fail, allowWhere: boolean): NumberComparison | undefined {
  const keys = Object.keys(raw).filter((k) => !(allowWhere && k === 'where'));
  const unknown = keys.find((k) => !NUMBER_COMPARISONS.includes(k as never));
  if (unknown) return fail('unknown-operator', messages.unknownOperator(unknown, didYouMean(unknown, NUMBER_COMPARISONS)), [...at, unknown], true);
  if (keys.length > 1) return fail('schema-violation', messages.conditionShape(`a count takes one comparison (${NUMBER_COMPARISONS.join(', ')}), found ${keys.join(', ')}.`), at);
  if (keys.length === 0) return { gte: 1 };
  const value = raw[keys[0]!];
  if (typeof value !== 'number') return fail('invalid-operand', messages.invalidOperand(keys[0]!, `expected a number, got ${JSON.stringify(value)}`, '{gte: 1}'), [...at, keys[0]!]);
  return { [keys[0]!]: value };
}

function parseCount(raw: unknown, path: string, at: YamlPath, inner: Scope, ctx: CompileContext, fail: Fail): ConditionNode | undefined {
  if (!isObject(raw)) return fail('schema-violation', messages.conditionShape(`'count' takes a mapping like {where: <condition>, gte: 1}.`), [...at, 'count']);
  const comparison = parseComparison(raw, [...at, 'count'], fail, true);
  const where = raw.where === undefined ? undefined : parseCondition(raw.where, [...at, 'count', 'where'], inner, ctx);
  if (!comparison || (raw.where !== undefined && !where)) return undefined;
  return { kind: 'count', path, where, comparison, at };
}

function parseJoin(raw: Raw, at: YamlPath, scope: Scope, ctx: CompileContext, fail: Fail): ConditionNode | undefined {
  const unknown = Object.keys(raw).find((k) => !['join', 'on', 'where', 'count'].includes(k));
  if (unknown) return fail('unknown-key', messages.unknownKey('a join', unknown, didYouMean(unknown, ['join', 'on', 'where', 'count'])), [...at, unknown], true);
  const resource = raw.join;
  if (typeof resource !== 'string' || !isResourceKindName(resource)) {
    return fail('unknown-resource-kind', messages.unknownResourceKind(String(resource), didYouMean(String(resource), resourceKindNames), resourceKindNames), [...at, 'join']);
  }
  const joined: Scope = { shape: rowShape(resource), label: resource };
  const on: [string, string][] = [];
  if (raw.on !== undefined && !isObject(raw.on)) return fail('schema-violation', messages.conditionShape(`'on' takes a mapping {<fact of ${resource}>: <fact of this resource>}.`), [...at, 'on']);
  let ok = true;
  for (const [theirs, ours] of Object.entries((raw.on as Raw | undefined) ?? {})) {
    if (!lookupPath(joined.shape, theirs).ok) {
      ok = fail('unknown-fact-path', messages.unknownFactPath(theirs, resource, didYouMean(theirs, allPaths(joined.shape))), [...at, 'on', theirs], true) ?? false;
    }
    if (typeof ours !== 'string' || !lookupPath(scope.shape, ours).ok) {
      ok = fail('unknown-fact-path', messages.unknownFactPath(String(ours), scope.label, didYouMean(String(ours), allPaths(scope.shape))), [...at, 'on', theirs]) ?? false;
    }
    on.push([theirs, String(ours)]);
  }
  const where = raw.where === undefined ? undefined : parseCondition(raw.where, [...at, 'where'], joined, ctx);
  const comparison = raw.count === undefined ? { gte: 1 } : isObject(raw.count) ? parseComparison(raw.count, [...at, 'count'], fail, false) : fail('schema-violation', messages.conditionShape(`'count' of a join takes one comparison like {gte: 1}.`), [...at, 'count']);
  if (!ok || !comparison || (raw.where !== undefined && !where)) return undefined;
  return { kind: 'join', resource, on: on.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), where, comparison, at };
}
