/** `npm run schema`: writes schema/rules.schema.json from the operator and resource-kind registries. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRulesSchema } from '../engine/load/rules-schema.js';
import { schemaDir } from '../engine/package-root.js';

writeFileSync(path.join(schemaDir, 'rules.schema.json'), `${JSON.stringify(buildRulesSchema(), null, 2)}\n`);
