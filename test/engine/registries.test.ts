import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRulesSchema } from '../../engine/load/rules-schema.js';
import { resourceKindNames } from '../../engine/snapshot/kinds.js';
import { commandNames } from '../../cli/commands/index.js';
import { reporterNames } from '../../cli/reporters/index.js';

describe('registries', () => {
  it('given schema/rules.schema.json, should match what the operator registry generates (run npm run schema)', () => {
    expect(JSON.parse(readFileSync('schema/rules.schema.json', 'utf8'))).toEqual(buildRulesSchema());
  });

  it.each([
    ['resource kinds', resourceKindNames],
    ['commands', commandNames],
    ['reporters', reporterNames],
  ])('given the %s registry, should be sorted', (_name, names) => {
    expect(names).toEqual([...names].sort());
  });
});
