/**
 * `npm run docs`: writes docs/reference/facts.md (from schema/snapshot.schema.json) and
 * docs/reference/rules.md (from the built-in rule files). A test fails when they are stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderFactsReference, renderRulesReference } from './docs/render-reference.js';
import { packageRoot } from '../engine/package-root.js';

writeFileSync(path.join(packageRoot, 'docs/reference/facts.md'), renderFactsReference());
writeFileSync(path.join(packageRoot, 'docs/reference/rules.md'), await renderRulesReference());
