import type { Report, ReportContext, ReportedViolation } from '../../../engine/report/report.js';

/** Text that every escaping path has to survive: markup, percent signs, newlines, separators. */
export const nasty = 'a <b> & "c" \'d\' 50% done, x:y | *z* [l](u)\n::error::injected';

const base = (over: Partial<ReportedViolation> & Pick<ReportedViolation, 'rule' | 'severity' | 'resource' | 'fingerprint'>): ReportedViolation => ({
  title: 'T', message: `message of ${over.resource.id}`, remediation: `fix ${over.resource.id}`, evidence: {}, ...over,
});

/** A small report with one of everything a format must render; lists sorted as the engine sorts them. */
export function sampleReport(): Report {
  return {
    factgate: 'report/v1',
    snapshot: {
      collectedAt: '2026-03-01T08:30:00.000Z',
      sources: [
        { collector: 'postgres', target: 'postgres://app@db/app', status: 'failed' },
        { collector: 'source', target: 'src', status: 'ok' },
      ],
    },
    summary: { critical: 1, high: 1, medium: 1, low: 0, info: 0, waived: 1, baselined: 1, errors: 1 },
    violations: [
      base({ rule: 'source/todo-in-critical-path', severity: 'critical', resource: { kind: 'source.todo', id: 'app/pay flow.py:12' }, fingerprint: 'f001', location: { file: 'src/app/pay flow.py', line: 12 } }),
      base({ rule: 'acme/custom-check', severity: 'high', resource: { kind: 'cloudRun.service', id: 'p/r/api' }, fingerprint: 'f002', message: nasty, remediation: 'gcloud run services update api --min-instances 1' }),
      base({
        rule: 'source/open-todo', severity: 'medium', resource: { kind: 'source.todo', id: 'app/later.py:3' }, fingerprint: 'f003', location: { file: 'src/app/later.py', line: 3 },
        waiver: { reason: 'Not now', owner: 'team-a', expires: '2026-02-28', origin: 'config', expired: true },
      }),
    ],
    waived: [
      base({
        rule: 'source/open-todo', severity: 'low', resource: { kind: 'source.todo', id: 'app/other.py:7' }, fingerprint: 'f004', location: { file: 'src/app/other.py', line: 7 },
        waiver: { reason: 'Deferred to Q3', owner: null, expires: '2026-09-30', origin: 'triage', expired: false },
      }),
    ],
    baselined: [base({ rule: 'acme/custom-check', severity: 'high', resource: { kind: 'cloudRun.service', id: 'p/r/old' }, fingerprint: 'f005' })],
    fixed: [{ fingerprint: 'f006', rule: 'acme/custom-check', resource: { kind: 'cloudRun.service', id: 'p/r/gone' } }],
    staleWaivers: [{ rule: 'source/open-todo', resource: 'app/removed.py:*', reason: 'Old', expires: '2026-12-31', location: 'factgate.yaml:9:5' }],
    errors: [{ code: 'missing-facts', rule: 'postgres/rls-enabled', message: "rule 'postgres/rls-enabled' could not be evaluated: the postgres collector failed for postgres://app@db/app, so its facts are missing." }],
  };
}

const rule = (title: string, severity: ReportContext['rules'][string]['severity'], references: string[] = []) => ({ title, severity, rationale: `Why: ${title}.`, remediation: 'Fix {{name}}.', references, tags: ['t'] });

export function sampleContext(exitCode: 0 | 1 | 2 = 1): ReportContext {
  return {
    toolVersion: '9.9.9',
    failOn: 'high',
    exitCode,
    color: false,
    rules: {
      'acme/custom-check': rule('Custom check holds', 'high', ['https://example.com/custom']),
      'postgres/rls-enabled': rule('Tables have RLS', 'high'),
      'source/open-todo': rule('TODOs are triaged', 'low'),
      'source/spec-open-tasks': rule('Specs are done', 'info'),
      'source/todo-in-critical-path': rule('No TODO in a critical path', 'critical'),
    },
  };
}
