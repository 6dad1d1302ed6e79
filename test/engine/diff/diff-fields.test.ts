import { describe, expect, it } from 'vitest';
import { diffFields } from '../../../engine/diff/diff-fields.js';

describe('diffFields', () => {
  it('given equal rows, should find no change', () => {
    expect(diffFields({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } })).toEqual([]);
  });

  it('given nested objects and lists, should name each changed leaf by its path', () => {
    const before = { name: 'api', minInstances: { revision: 0, effective: 0 }, containers: [{ env: [{ name: 'A', source: 'literal' }] }] };
    const after = { name: 'api', minInstances: { revision: 1, effective: 1 }, containers: [{ env: [{ name: 'A', source: 'secret' }] }] };
    expect(diffFields(before, after)).toEqual([
      { path: 'minInstances.revision', old: 0, new: 1 },
      { path: 'minInstances.effective', old: 0, new: 1 },
      { path: 'containers[0].env[0].source', old: 'literal', new: 'secret' },
    ]);
  });

  it('given a field only on one side, should leave the other side absent', () => {
    expect(diffFields({ a: 1, gone: 'x' }, { a: 1, added: null })).toEqual([
      { path: 'gone', old: 'x' },
      { path: 'added', new: null },
    ]);
  });

  it('given a list that grew from empty, should show the empty list and the new items', () => {
    expect(diffFields({ roles: [] }, { roles: ['anon'] })).toEqual([
      { path: 'roles', old: [] },
      { path: 'roles[0]', new: 'anon' },
    ]);
  });

  it('given a value that changed type (null to object), should compare the leaves', () => {
    expect(diffFields({ lastRun: null }, { lastRun: { status: 'failed' } })).toEqual([
      { path: 'lastRun', old: null },
      { path: 'lastRun.status', new: 'failed' },
    ]);
  });
});
