import { describe, expect, it } from 'vitest';
import type { SnapshotDiff } from '../../../engine/diff/types.js';
import { expectGolden } from '../../helpers/golden.js';
import { runCli } from '../../helpers/run-cli.js';
import { nikitaSnapshot, scenario, withMemoryFactsPolicyFixed, withMinInstances, withTableWithoutRls, writeSnapshots } from './nikita-variants.js';

/** The nikita snapshot after a deploy: min instances 1 and the memory_facts INSERT policy fixed (2 fixed), one new table without RLS (1 new). */
const changed = () => withTableWithoutRls(withMemoryFactsPolicyFixed(withMinInstances(nikitaSnapshot(), 1)));
const diff = (oldFile: string, newFile: string, ...extra: string[]) => runCli(['diff', oldFile, newFile, ...scenario, ...extra]);

describe('factgate diff', () => {
  it('given nikita and a changed copy, should print resources added and changed with their fields, and violations new and fixed', async () => {
    const [after] = writeSnapshots(changed());
    const { code, stdout, stderr } = await diff('fixtures/nikita/snapshot.json', after!);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expectGolden('nikita.diff.txt', stdout);
  });

  it('given --format json, should print the diff/v1 document', async () => {
    const [after] = writeSnapshots(changed());
    const { code, stdout } = await diff('fixtures/nikita/snapshot.json', after!, '--format', 'json');
    expect(code).toBe(0);
    expectGolden('nikita.diff.json', stdout);
    const document = JSON.parse(stdout) as SnapshotDiff;
    expect(document.violations.new.map((v) => `${v.rule} ${v.resource.id}`)).toEqual(['postgres/rls-enabled public.webhook_events']);
    expect(document.violations.fixed.map((v) => `${v.rule} ${v.resource.id}`)).toEqual([
      'cloud-run/min-instances nikita-prod/us-central1/nikita-api',
      'postgres/insert-policy-checks-owner public.memory_facts: Users can insert memory facts',
    ]);
  });

  it('given the snapshots the other way round, should swap added with removed and new with fixed', async () => {
    const [before] = writeSnapshots(changed());
    const document = JSON.parse((await diff(before!, 'fixtures/nikita/snapshot.json', '--format', 'json')).stdout) as SnapshotDiff;
    expect(document.resources.added).toEqual([]);
    expect(document.resources.removed.map((r) => `${r.kind} ${r.id}`)).toEqual([
      'postgres.grant public.webhook_events to anon',
      'postgres.grant public.webhook_events to authenticated',
      'postgres.table public.webhook_events',
    ]);
    expect(document.violations.new.map((v) => v.rule)).toEqual(['cloud-run/min-instances', 'postgres/insert-policy-checks-owner']);
    expect(document.violations.fixed.map((v) => v.rule)).toEqual(['postgres/rls-enabled']);
  });

  it('given the same snapshot twice, should report no difference', async () => {
    const { code, stdout } = await diff('fixtures/nikita/snapshot.json', 'fixtures/nikita/snapshot.json');
    expect(code).toBe(0);
    expect(stdout).toBe(
      'Comparing the snapshot of 2026-02-09T11:00:00.000Z (old) with that of 2026-02-09T11:00:00.000Z (new).\n\n' +
        'RESOURCES: 0 added, 0 removed, 0 changed\n\nVIOLATIONS: 0 new, 0 fixed\n\n0 resources differ; 0 violations new, 0 fixed.\n',
    );
  });

  it.each([
    [['diff', 'fixtures/nikita/snapshot.json'], "'factgate diff' compares two snapshots, got 'fixtures/nikita/snapshot.json', e.g. factgate diff old.json new.json. Run 'factgate help' for usage.\n"],
    [['diff'], "'factgate diff' compares two snapshots, got none, e.g. factgate diff old.json new.json. Run 'factgate help' for usage.\n"],
    [['diff', 'fixtures/nikita/snapshot.json', 'fixtures/nikita/snapshot.json', '--format', 'sarif'], "--format must be one of json, text, got 'sarif'. Run 'factgate help' for usage.\n"],
    [['diff', 'fixtures/nikita/snapshot.json', 'missing.json'], 'missing.json: cannot be read: no such file or directory.\n'],
  ])('given bad input %j, should explain and exit 2', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});
