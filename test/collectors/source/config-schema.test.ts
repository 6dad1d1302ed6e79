import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { defaultSourceConfig } from '../../../collectors/source/config.js';
import { repoRoot } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/source-config.schema.json'), 'utf8')) as Record<string, unknown>;

/** JSON pointers of every property and items schema that lacks a description (editors show it on hover). */
function undescribed(node: unknown, pointer: string): string[] {
  if (node === null || typeof node !== 'object') return [];
  const schemaNode = node as Record<string, unknown>;
  const missing: string[] = [];
  for (const [key, child] of Object.entries((schemaNode['properties'] as Record<string, unknown> | undefined) ?? {})) {
    const childNode = child as Record<string, unknown>;
    if (typeof childNode['description'] !== 'string') missing.push(`${pointer}/properties/${key}`);
    missing.push(...undescribed(child, `${pointer}/properties/${key}`));
  }
  const items = schemaNode['items'] as Record<string, unknown> | undefined;
  if (items && !('$ref' in items)) {
    if (typeof items['description'] !== 'string') missing.push(`${pointer}/items`);
    missing.push(...undescribed(items, `${pointer}/items`));
  }
  for (const [key, child] of Object.entries((schemaNode['$defs'] as Record<string, unknown> | undefined) ?? {})) {
    missing.push(...undescribed(child, `${pointer}/$defs/${key}`));
  }
  return missing;
}

describe('schema/source-config.schema.json', () => {
  it('given the schema, should compile as draft-07 in strict mode', () => {
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('given every property and list item, should describe it', () => {
    expect(undescribed(schema, '')).toEqual([]);
  });

  it('given its defaults, should agree with the defaults the collector fills in', () => {
    const properties = schema['properties'] as Record<string, { default: unknown }>;
    const defaults = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, property.default]));
    expect(defaults).toEqual(defaultSourceConfig());
  });
});
