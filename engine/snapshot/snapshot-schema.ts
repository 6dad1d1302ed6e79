import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaDir } from '../package-root.js';

/**
 * schema/snapshot.schema.json, read once per process. The loader validates snapshots with it and the
 * rule compiler checks fact paths against it; one object means ajv compiles it once.
 */
export const snapshotSchema = JSON.parse(readFileSync(path.join(schemaDir, 'snapshot.schema.json'), 'utf8')) as Record<string, unknown>;
