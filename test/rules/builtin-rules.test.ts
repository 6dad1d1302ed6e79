import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../../engine/testing/run-rule-tests.js';

// The built-in packs are tested through the same runner users get as `factgate test`.
const results = await runRuleTests([path.resolve(import.meta.dirname, '../../rules')]);
const byRule = new Map<string, typeof results>();
for (const r of results) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);

describe.each([...byRule.keys()].sort())('%s', (rule) => {
  it.each(byRule.get(rule)!.map((r) => [r.name, r] as const))('%s', (_name, result) => {
    expect(result.failure ?? '').toBe('');
    expect(result.passed).toBe(true);
  });
});
