import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const SCHEMA_FILE = path.join('schema', 'source-config.schema.json');

/** Walks up from this file, so the lookup works from the sources (tests, tsx) and from dist/. */
function findSchemaFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, SCHEMA_FILE))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`factgate: cannot find ${SCHEMA_FILE} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return path.join(dir, SCHEMA_FILE);
}

let cached: { schema: Record<string, unknown>; validate: ValidateFunction } | undefined;

/** The JSON Schema of the `source:` block, and its validator (compiled once, fills `default`s in place). */
export function sourceConfigSchema(): { schema: Record<string, unknown>; validate: ValidateFunction } {
  if (!cached) {
    const schema = JSON.parse(readFileSync(findSchemaFile(), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: true, useDefaults: true, verbose: true });
    cached = { schema, validate: ajv.compile(schema) };
  }
  return cached;
}
