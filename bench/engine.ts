import { performance } from 'node:perf_hooks';
import { evaluate } from '../engine/evaluate/evaluate.js';
import { loadRules } from '../engine/load/load-rules.js';
import { builtinRulesDir } from '../engine/package-root.js';
import type { Snapshot } from '../engine/snapshot/types.js';

/** A synthetic Supabase-like database: per table one table row, three policies and one grant (5 facts). */
function syntheticSnapshot(facts: number): Snapshot {
  const tables = [];
  const policies = [];
  const grants = [];
  for (let i = 0; i < facts / 5; i++) {
    const name = `t${i}`;
    const rlsEnabled = i % 50 !== 0;
    tables.push({ database: 'bench', schema: 'public', name, kind: 'table', isPartition: false, rlsEnabled, rlsForced: false, owner: 'postgres', estimatedRows: i, totalBytes: 8192, policyCount: i % 40 === 0 ? 0 : 3, extensionMember: false, exposed: true });
    if (i % 40 !== 0) {
      policies.push(
        { database: 'bench', schema: 'public', table: name, name: 'own rows', command: 'SELECT', permissive: true, roles: ['authenticated'], using: '(auth.uid() = user_id)', withCheck: null, tableRlsEnabled: rlsEnabled },
        { database: 'bench', schema: 'public', table: name, name: 'insert own', command: 'INSERT', permissive: true, roles: ['authenticated'], using: null, withCheck: i % 7 === 0 ? 'true' : '(auth.uid() = user_id)', tableRlsEnabled: rlsEnabled },
        { database: 'bench', schema: 'public', table: name, name: 'service', command: 'ALL', permissive: true, roles: ['service_role'], using: 'true', withCheck: null, tableRlsEnabled: rlsEnabled },
      );
    }
    grants.push({ database: 'bench', schema: 'public', name, relkind: 'table', grantee: 'anon', privileges: ['SELECT', 'INSERT'], schemaUsage: true });
  }
  return {
    factgate: 'snapshot/v1', collectedAt: '2026-02-09T11:00:00.000Z', sources: [],
    facts: { postgres: { databases: [], roles: [], schemas: [], tables, policies, grants, functions: [], views: [], extensions: [] } as never },
  };
}

/** The join rule postgres/rls-enabled-no-policy written as a plain loop with a hash map: the floor to compare with. */
function handWrittenJoin(snapshot: Snapshot): number {
  const withPolicy = new Set<string>();
  for (const p of snapshot.facts.postgres!.policies) withPolicy.add(`${p.database}\u0000${p.schema}\u0000${p.table}`);
  let violations = 0;
  for (const t of snapshot.facts.postgres!.tables) {
    if (t.rlsEnabled && t.exposed && !t.extensionMember && !withPolicy.has(`${t.database}\u0000${t.schema}\u0000${t.name}`)) violations++;
  }
  return violations;
}

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

export async function benchEngine(log: (line: string) => void): Promise<void> {
  const rules = await loadRules([builtinRulesDir]);
  const joinRule = await loadRules([`${builtinRulesDir}/postgres/rls-enabled-no-policy.yaml`]);
  log(`engine: ${rules.length} built-in rules; times in ms, ratios against JSON.parse of the same snapshot`);
  log('facts      JSON.parse   all rules (ratio)   join rule: engine / hand loop (ratio)   heap after eval');
  for (const facts of [10_000, 100_000, 1_000_000]) {
    const text = JSON.stringify(syntheticSnapshot(facts));
    const [snapshot, parseMs] = time(() => JSON.parse(text) as Snapshot);
    const [evaluation, evalMs] = time(() => evaluate(rules, snapshot));
    const [joinEval, joinMs] = time(() => evaluate(joinRule, snapshot));
    const [handCount, handMs] = time(() => handWrittenJoin(snapshot));
    if (joinEval.violations.length !== handCount) throw new Error(`join rule disagrees with the hand loop: ${joinEval.violations.length} vs ${handCount}`);
    const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
    log(
      `${String(facts).padStart(9)}  ${parseMs.toFixed(0).padStart(9)}   ${evalMs.toFixed(0).padStart(8)} (${(evalMs / parseMs).toFixed(2)}x)` +
        `      ${joinMs.toFixed(1).padStart(8)} / ${handMs.toFixed(1).padStart(7)} (${(joinMs / handMs).toFixed(1)}x)` +
        `          ${heapMb} MB   [${evaluation.violations.length} violations]`,
    );
  }
}
