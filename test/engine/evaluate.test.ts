import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../engine/load/load-rules.js';
import { evaluate } from '../../engine/evaluate/evaluate.js';
import { explainRule } from '../../engine/explain/explain-rule.js';
import type { Snapshot } from '../../engine/snapshot/types.js';
import { tempFiles } from '../helpers/temp-files.js';

const rule = (body: string, id = 'demo/rule') =>
  `id: ${id}\ntitle: T\nseverity: high\nrationale: R\nremediation: Fix {{name}}.\n${body}`;
const snapshotOf = (facts: Snapshot['facts'], collectedAt = '2026-02-09T11:00:00Z'): Snapshot => ({ factgate: 'snapshot/v1', collectedAt, sources: [], facts });
const load = async (...rules: string[]) => loadRules([tempFiles(Object.fromEntries(rules.map((r, i) => [`r${i}.yaml`, r])))]);

const tables = [
  { database: 'app', schema: 'public', name: 'users', rlsEnabled: true },
  { database: 'app', schema: 'public', name: 'orphan', rlsEnabled: true },
  { database: 'app', schema: 'public', name: 'logs', rlsEnabled: false },
];
const policies = [
  { database: 'app', schema: 'public', table: 'users', name: 'own', command: 'SELECT', roles: ['authenticated'] },
  { database: 'app', schema: 'public', table: 'users', name: 'svc', command: 'ALL', roles: ['service_role'] },
  { database: 'other', schema: 'public', table: 'orphan', name: 'elsewhere', command: 'ALL', roles: ['anon'] },
];

describe('evaluation', () => {
  it('given a join, should match rows on every key and count them', async () => {
    const rules = await load(rule(`resource: postgres.tables
where: { path: rlsEnabled, equals: true }
assert:
  join: postgres.policies
  on: { database: database, schema: schema, table: name }
message: "{{name}} has RLS and no policy"`));
    const { violations } = evaluate(rules, snapshotOf({ postgres: { tables, policies } as never }));
    expect(violations.map((v) => [v.resource.id, v.message])).toEqual([['public.orphan', 'orphan has RLS and no policy']]);
  });

  it('given a join with a where and a count, should count only matching joined rows', async () => {
    const rules = await load(rule(`resource: postgres.tables
assert:
  join: postgres.policies
  on: { schema: schema, table: name }
  where: { path: roles, containsAny: [anon, authenticated, public] }
  count: { equals: 0 }
message: "{{name}} is open to API roles"`));
    const { violations } = evaluate(rules, snapshotOf({ postgres: { tables, policies } as never }));
    expect(violations.map((v) => v.resource.id)).toEqual(['public.orphan', 'public.users']);
  });

  it('given some/every/none/count over a list, should quantify over its items', async () => {
    const services = [
      { project: 'p', region: 'r', name: 'a', containers: [{ ports: [8080], startupCpuBoost: true }, { ports: [], startupCpuBoost: false }] },
      { project: 'p', region: 'r', name: 'b', containers: [{ ports: [8080], startupCpuBoost: false }] },
      { project: 'p', region: 'r', name: 'c', containers: [] },
    ];
    const rules = await load(
      rule('resource: cloudRun.services\nassert: { path: containers, some: { path: startupCpuBoost, equals: true } }\nmessage: "{{name}} some"', 'q/some'),
      rule('resource: cloudRun.services\nassert: { path: containers, every: { path: startupCpuBoost, equals: true } }\nmessage: "{{name}} every"', 'q/every'),
      rule('resource: cloudRun.services\nassert: { path: containers, none: { path: startupCpuBoost, equals: true } }\nmessage: "{{name}} none"', 'q/none'),
      rule('resource: cloudRun.services\nassert: { path: containers, count: { where: { path: ports, length: { gte: 1 } }, equals: 1 } }\nmessage: "{{name}} count"', 'q/count'),
    );
    const { violations } = evaluate(rules, snapshotOf({ cloudRun: { services } as never }));
    expect(violations.map((v) => v.message)).toEqual(['c count', 'a every', 'b every', 'a none', 'b some', 'c some']);
  });

  it('given a rule without assert, should report every resource its where selects', async () => {
    const rules = await load(rule('resource: postgres.tables\nwhere: { path: rlsEnabled, equals: false }\nmessage: "{{schema}}.{{name}} {{rlsEnabled}}"'));
    expect(evaluate(rules, snapshotOf({ postgres: { tables } as never })).violations.map((v) => v.message)).toEqual(['public.logs false']);
  });

  it('given an operator that throws on a fact value, should report an error naming rule and resource', async () => {
    const rules = await load(rule(`resource: pgCron.jobs
assert: { path: lastSuccess.start, ranWithinSchedule: { schedule: schedule } }
message: "{{name}} late"`));
    const jobs = [{ database: 'app', jobId: 1, name: 'broken', schedule: '61 * * * *', lastSuccess: { start: '2026-02-09T10:00:00Z' } }];
    const { violations, errors } = evaluate(rules, snapshotOf({ pgCron: { jobs } as never }));
    expect(violations).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'operator-threw', rule: 'demo/rule', resource: { kind: 'pgCron.job', id: 'broken' } });
    expect(errors[0]!.message).toMatch(/^rule 'demo\/rule' failed on pgCron\.job broken: .+\. This is a bug in the operator or an unexpected fact value; the result of this rule cannot be trusted\.$/);
  });

  it('given a failed collector in the snapshot, should report missing facts instead of a pass', async () => {
    const rules = await load(rule('resource: postgres.tables\nassert: { path: rlsEnabled, equals: true }\nmessage: x'));
    const snapshot = snapshotOf({});
    snapshot.sources = [{ collector: 'postgres', target: 'postgres://u@db:5432/app', status: 'failed', error: 'refused', durationMs: 3 }];
    expect(evaluate(rules, snapshot).errors).toEqual([
      { code: 'missing-facts', rule: 'demo/rule', message: "rule 'demo/rule' could not be evaluated: the postgres collector failed for postgres://u@db:5432/app, so its facts are missing." },
    ]);
  });

  it('given any order of the same rows, should produce the same violations in the same order (property)', async () => {
    const rules = await load(rule('resource: postgres.tables\nassert: { path: rlsEnabled, equals: true }\nmessage: "{{name}}"'));
    const row = fc.record({ database: fc.constantFrom('a', 'b'), schema: fc.constantFrom('public', 'app'), name: fc.string({ minLength: 1, maxLength: 6 }), rlsEnabled: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => `${r.database}.${r.schema}.${r.name}`, maxLength: 30 }), fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort((x, y) => ((x.name.charCodeAt(0) * seed) % 7) - ((y.name.charCodeAt(0) * seed) % 7));
        const a = evaluate(rules, snapshotOf({ postgres: { tables: rows } as never }));
        const b = evaluate(rules, snapshotOf({ postgres: { tables: shuffled } as never }));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
    );
  });

  it('given a violation, should fingerprint rule and resource identity only', async () => {
    const [rule1] = await load(rule('resource: postgres.tables\nassert: { path: rlsEnabled, equals: true }\nmessage: "first {{name}}"'));
    const [rule2] = await load(rule('resource: postgres.tables\nassert: { path: rlsEnabled, equals: true }\nmessage: "reworded {{name}}"'));
    const a = evaluate([rule1!], snapshotOf({ postgres: { tables } as never }, '2026-01-01T00:00:00Z')).violations[0]!;
    const b = evaluate([rule2!], snapshotOf({ postgres: { tables: [...tables].reverse() } as never }, '2027-01-01T00:00:00Z')).violations[0]!;
    expect(a.message).not.toBe(b.message);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('given explain, should show observed and expected values of each clause', async () => {
    const [compiled] = await load(rule('resource: postgres.tables\nwhere: { path: schema, equals: public }\nassert: { path: rlsEnabled, equals: true }\nmessage: x'));
    const explanation = explainRule(compiled!, snapshotOf({ postgres: { tables } as never }), { resourceId: 'public.logs' });
    expect(explanation.resources).toEqual([
      {
        resource: { kind: 'postgres.table', id: 'public.logs' },
        selected: true,
        where: { node: 'compare', verdict: true, path: 'schema', operator: 'equals', expected: 'public', observed: 'public' },
        assert: { node: 'compare', verdict: false, path: 'rlsEnabled', operator: 'equals', expected: true, observed: false },
        verdict: 'violation',
      },
    ]);
  });
});
