import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { evaluate } from '../../engine/evaluate/evaluate.js';
import { loadRules } from '../../engine/load/load-rules.js';
import { operatorNames } from '../../engine/operators/index.js';
import { isResourceKindName, resourceKinds } from '../../engine/snapshot/kinds.js';
import type { Snapshot } from '../../engine/snapshot/types.js';
import { tempFiles } from '../helpers/temp-files.js';

interface Example {
  resource: string;
  condition: unknown;
  parameters?: Record<string, unknown>;
  collectedAt?: string;
  with?: Snapshot['facts'];
  passes: Record<string, unknown>[];
  fails: Record<string, unknown>[];
}

const doc = readFileSync('docs/rule-language.md', 'utf8');
// Each ```yaml example block, with the heading it sits under.
const examples = [...doc.matchAll(/```yaml example\n([\s\S]*?)```/g)].map((m) => {
  const heading = [...doc.slice(0, m.index).matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? '';
  return { heading, example: parse(m[1]!) as Example };
});

async function verdicts(example: Example, rows: Record<string, unknown>[]): Promise<boolean[]> {
  if (!isResourceKindName(example.resource)) throw new Error(`unknown kind ${example.resource}`);
  const kind = resourceKinds[example.resource];
  const dir = tempFiles({
    'rule.yaml': stringify({
      id: 'docs/example', title: 'Example', severity: 'high', rationale: 'Docs.', remediation: 'None.', resource: example.resource,
      ...(example.parameters ? { parameters: example.parameters } : {}), assert: example.condition, message: 'does not hold',
    }),
  });
  const [rule] = await loadRules([dir]);
  return rows.map((row) => {
    const facts = structuredClone(example.with ?? {}) as Record<string, Record<string, unknown[]>>;
    (facts[kind.section] ??= {})[kind.list] = [row];
    const snapshot: Snapshot = { factgate: 'snapshot/v1', collectedAt: example.collectedAt ?? '2026-02-09T11:00:00Z', sources: [], facts };
    const result = evaluate([rule!], snapshot);
    expect(result.errors).toEqual([]);
    return result.violations.length === 0;
  });
}

describe('docs/rule-language.md examples', () => {
  it.each(examples.map((e, i) => [`${i + 1} (${e.heading})`, e.example] as const))('example %s: passes pass and fails fail', async (_name, example) => {
    expect(await verdicts(example, example.passes)).toEqual(example.passes.map(() => true));
    expect(await verdicts(example, example.fails)).toEqual(example.fails.map(() => false));
  });

  it.each(operatorNames)('given operator %s, should have a section with a runnable example using it', (name) => {
    const section = examples.filter((e) => e.heading === `\`${name}\``);
    expect(section.length).toBeGreaterThan(0);
    expect(JSON.stringify(section.map((e) => e.example.condition))).toContain(`"${name}"`);
  });

  it.each(['all', 'any', 'not', 'some', 'every', 'none', 'count', 'join'])('given construct %s, should appear in a runnable example', (word) => {
    expect(examples.some((e) => JSON.stringify(e.example.condition).includes(`"${word}"`))).toBe(true);
  });
});
