import { describe, expect, it } from 'vitest';
import { diffResources } from '../../../engine/diff/diff-resources.js';
import type { Snapshot } from '../../../engine/snapshot/types.js';

const snapshotOf = (facts: object): Snapshot => ({ factgate: 'snapshot/v1', collectedAt: '2026-02-09T11:00:00Z', sources: [], facts: facts as Snapshot['facts'] });
const todo = (file: string, line: number, text: string) => ({ root: 'src', file, line, tag: 'TODO', text, enclosing: null });
const table = (name: string, rlsEnabled = true) => ({ database: 'app', schema: 'public', name, rlsEnabled });

describe('diffResources', () => {
  it('given tables added, removed and changed, should report each by kind and id, sorted', () => {
    const before = snapshotOf({ postgres: { tables: [table('users'), table('old'), table('logs', false)] } });
    const after = snapshotOf({ postgres: { tables: [table('logs', true), table('users'), table('b_new'), table('a_new')] } });
    expect(diffResources(before, after)).toEqual({
      added: [{ kind: 'postgres.table', id: 'public.a_new' }, { kind: 'postgres.table', id: 'public.b_new' }],
      removed: [{ kind: 'postgres.table', id: 'public.old' }],
      changed: [{ kind: 'postgres.table', id: 'public.logs', fields: [{ path: 'rlsEnabled', old: false, new: true }] }],
    });
  });

  it('given a TODO that moved lines, should report it changed (its identity ignores the line), not removed and added', () => {
    const before = snapshotOf({ source: { todos: [todo('a.py', 10, 'Implement X')] } });
    const after = snapshotOf({ source: { todos: [todo('a.py', 14, 'Implement X')] } });
    expect(diffResources(before, after)).toEqual({
      added: [],
      removed: [],
      changed: [{ kind: 'source.todo', id: 'a.py:14', fields: [{ path: 'line', old: 10, new: 14 }] }],
    });
  });

  it('given two TODOs with the same identity and one of them gone, should pair them in order and report one removed', () => {
    const before = snapshotOf({ source: { todos: [todo('a.py', 1, 'Later'), todo('a.py', 9, 'Later')] } });
    const after = snapshotOf({ source: { todos: [todo('a.py', 1, 'Later')] } });
    expect(diffResources(before, after)).toEqual({ added: [], removed: [{ kind: 'source.todo', id: 'a.py:9' }], changed: [] });
  });

  it('given a section missing on one side, should report all its resources added', () => {
    const after = snapshotOf({ postgres: { tables: [table('users')] } });
    expect(diffResources(snapshotOf({}), after).added).toEqual([{ kind: 'postgres.table', id: 'public.users' }]);
  });
});
