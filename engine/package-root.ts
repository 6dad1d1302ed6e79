import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The factgate package directory (holding rules/ and schema/), found by walking up from this file,
 * so the same code works from the TypeScript sources (tests, tsx) and from the compiled dist/.
 */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'schema', 'snapshot.schema.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('factgate: cannot find its package directory (schema/ is missing)');
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();
export const builtinRulesDir = path.join(packageRoot, 'rules');
export const schemaDir = path.join(packageRoot, 'schema');
