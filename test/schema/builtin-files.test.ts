import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findFiles, isRuleFileName, isRuleTestFileName } from '../../engine/load/find-files.js';
import { operatorNames, operators } from '../../engine/operators/index.js';
import { resourceKinds, resourceKindNames } from '../../engine/snapshot/kinds.js';

// What an editor does with the `# yaml-language-server: $schema=` line: validate the file against
// the JSON Schema, with a fresh, strict ajv (not the engine's), so the schemas stand on their own.
type Schema = Record<string, unknown>;
const addFormats = ((ajvFormats as unknown as { default: (ajv: Ajv) => Ajv }).default ?? ajvFormats) as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);

const root = path.resolve(import.meta.dirname, '../..');
const load = (file: string) => JSON.parse(readFileSync(path.join(root, 'schema', file), 'utf8')) as Schema;
const schemas = { rules: load('rules.schema.json'), tests: load('rule-test.schema.json') };
const validateRule = ajv.compile(schemas.rules);
const validateTest = ajv.compile(schemas.tests);

const dirs = [path.join(root, 'rules'), path.join(root, 'examples/rules')];
const ruleFiles = await findFiles(dirs, isRuleFileName);
const testFiles = await findFiles(dirs, isRuleTestFileName);
const relative = (file: string) => path.relative(root, file);
const schemaLine = (file: string, schema: string) =>
  `# yaml-language-server: $schema=${path.relative(path.dirname(file), path.join(root, 'schema', schema))}`;

/** Every schema node, with its JSON pointer. */
function nodes(node: unknown, pointer = ''): [string, Schema][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => nodes(n, `${pointer}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  const own: [string, Schema][] = [[pointer, node as Schema]];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => (k === 'examples' ? [] : nodes(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`)))];
}

describe.each([
  ['rules.schema.json', schemas.rules],
  ['rule-test.schema.json', schemas.tests],
])('schema/%s', (_name, schema) => {
  const all = nodes(schema);
  const fields = all.flatMap(([pointer, node]) => [
    ...Object.entries((node.properties as Record<string, Schema> | undefined) ?? {}).map(([key, value]) => [`${pointer}/properties/${key}`, value] as const),
    ...(typeof node.additionalProperties === 'object' ? [[`${pointer}/additionalProperties`, node.additionalProperties as Schema] as const] : []),
  ]);

  it.each(fields.map(([pointer, value]) => [pointer, value] as const))('given field %s, should describe it for the editor hover', (_pointer, value) => {
    expect(typeof value.description === 'string' && value.description.length > 0).toBe(true);
  });

  const withExamples = all.filter(([, node]) => Array.isArray(node.examples));
  it('given its fields, should show examples on the main ones', () => {
    expect(withExamples.length).toBeGreaterThan(5);
  });

  it.each(withExamples.map(([pointer, node]) => [pointer, node] as const))('given the examples at %s, should be valid where they are shown', (pointer, node) => {
    const validate = ajv.getSchema(`${String(schema.$id)}#${pointer}`);
    expect(validate, pointer).toBeDefined();
    for (const example of node.examples as unknown[]) expect(validate!(example), JSON.stringify(example)).toBe(true);
  });
});

describe('schema/rules.schema.json and the operator registry', () => {
  const comparison = ((schemas.rules.$defs as Schema).condition as { anyOf: Schema[] }).anyOf.find((s) => (s.properties as Schema | undefined)?.equals)!;
  it.each(operatorNames)('given operator %s, should have a description and an example operand', (name) => {
    const operator = (comparison.properties as Record<string, Schema>)[name]!;
    expect(operator.description).toBe(operators[name].description);
    expect((operator.examples as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('built-in and example rule files', () => {
  it.each(ruleFiles.map((f) => [relative(f), f] as const))('given %s, should validate against schema/rules.schema.json and start with its schema line', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(schemaLine(file, 'rules.schema.json'));
    expect(validateRule(parse(text)), JSON.stringify(validateRule.errors)).toBe(true);
  });

  it.each(testFiles.map((f) => [relative(f), f] as const))('given %s, should validate against schema/rule-test.schema.json and start with its schema line', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(schemaLine(file, 'rule-test.schema.json'));
    expect(validateTest(parse(text)), JSON.stringify(validateTest.errors)).toBe(true);
  });
});

describe('schema/rule-test.schema.json and the resource kinds', () => {
  it('given the facts a case may give, should offer exactly the sections and lists of the resource kinds', () => {
    const facts = ((schemas.tests.properties as Schema).cases as { items: { properties: { facts: Schema } } }).items.properties.facts;
    const offered = Object.entries(facts.properties as Record<string, Schema>).flatMap(([section, s]) => Object.keys(s.properties as Schema).map((list) => `${section}.${list}`));
    expect(offered.sort()).toEqual(resourceKindNames.map((k) => `${resourceKinds[k].section}.${resourceKinds[k].list}`).sort());
  });
});
