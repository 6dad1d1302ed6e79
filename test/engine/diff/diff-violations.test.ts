import { describe, expect, it } from 'vitest';
import { diffViolations } from '../../../engine/diff/diff-violations.js';
import type { Report, ReportedViolation } from '../../../engine/report/report.js';

const violation = (id: string, fingerprint: string, message = `problem with ${id}`): ReportedViolation => ({
  rule: 'postgres/rls-enabled', severity: 'high', title: 'T', resource: { kind: 'postgres.table', id }, message, remediation: 'R', evidence: {}, fingerprint,
});
const report = (lists: Partial<Pick<Report, 'violations' | 'waived' | 'baselined'>>): Report => ({
  factgate: 'report/v1',
  snapshot: { collectedAt: '2026-02-09T11:00:00Z', sources: [] },
  summary: { critical: 0, high: 0, medium: 0, low: 0, info: 0, waived: 0, baselined: 0, errors: 0 },
  violations: [], waived: [], baselined: [], fixed: [], staleWaivers: [], errors: [],
  ...lists,
});

describe('diffViolations', () => {
  it('given findings that came and went, should list them as new and fixed by fingerprint', () => {
    const before = report({ violations: [violation('public.a', 'fa'), violation('public.b', 'fb')] });
    const after = report({ violations: [violation('public.b', 'fb'), violation('public.c', 'fc')] });
    const result = diffViolations(before, after);
    expect(result.new.map((v) => v.resource.id)).toEqual(['public.c']);
    expect(result.fixed.map((v) => v.resource.id)).toEqual(['public.a']);
  });

  it('given the same fingerprint with another message and id, should see no change', () => {
    const result = diffViolations(report({ violations: [violation('x.py:1', 'f1', 'old words')] }), report({ violations: [violation('x.py:9', 'f1', 'new words')] }));
    expect(result).toEqual({ new: [], fixed: [] });
  });

  it('given a finding that became waived, should not call it fixed, and should mark waived findings', () => {
    const result = diffViolations(report({ violations: [violation('public.a', 'fa')] }), report({ waived: [violation('public.a', 'fa')], baselined: [violation('public.n', 'fn')] }));
    expect(result.fixed).toEqual([]);
    expect(result.new).toEqual([{ rule: 'postgres/rls-enabled', severity: 'high', resource: { kind: 'postgres.table', id: 'public.n' }, message: 'problem with public.n', fingerprint: 'fn', waived: false }]);
    const waivedNew = diffViolations(report({}), report({ waived: [violation('public.a', 'fa')] }));
    expect(waivedNew.new[0]!.waived).toBe(true);
  });
});
