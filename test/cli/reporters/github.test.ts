import { describe, expect, it } from 'vitest';
import { github } from '../../../cli/reporters/github.js';
import { escapeData, escapeProperty, workflowCommand } from '../../../cli/reporters/workflow-command.js';
import { sampleContext, sampleReport } from './sample-report.js';

describe('workflow command escaping', () => {
  it('given %, CR and LF, should escape them in data, and also : and , in properties', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab%3A c%2C d');
    expect(workflowCommand('error', [['file', 'a,b.py'], ['line', 3], ['col', undefined], ['title', 'x: y']], 'm')).toBe('::error file=a%2Cb.py,line=3,title=x%3A y::m');
  });
});

describe('the github format', () => {
  const lines = github(sampleReport(), sampleContext()).split('\n');

  it('given the sample report, should print annotations, groups and the verdict, in that order', () => {
    expect(lines).toEqual([
      '::error file=src/app/pay flow.py,line=12,title=source/todo-in-critical-path (critical)::message of app/pay flow.py:12%0AFix: fix app/pay flow.py:12',
      '::error title=acme/custom-check (high)::a <b> & "c" \'d\' 50%25 done, x:y | *z* [l](u)%0A::error::injected%0AResource: cloudRun.service p/r/api%0AFix: gcloud run services update api --min-instances 1',
      '::warning file=src/app/later.py,line=3,title=source/open-todo (medium)::message of app/later.py:3%0AFix: fix app/later.py:3%0ANote: waiver expired on 2026-02-28: Not now',
      "::error title=postgres/rls-enabled could not be evaluated::rule 'postgres/rls-enabled' could not be evaluated: the postgres collector failed for postgres://app@db/app, so its facts are missing.",
      '::warning title=factgate stale waiver::Stale waiver: it matches no violation (rule source/open-todo, resource app/removed.py:*; Old; until 2026-12-31; factgate.yaml:9:5).',
      '::group::factgate: 1 waived',
      'source/open-todo  src/app/other.py:7  until 2026-09-30: Deferred to Q3',
      '::endgroup::',
      '::group::factgate: 1 baselined',
      'acme/custom-check  cloudRun.service p/r/old  message of p/r/old',
      '::endgroup::',
      '::group::factgate: 1 fixed since the baseline',
      'acme/custom-check  cloudRun.service p/r/gone',
      '::endgroup::',
      'factgate: 3 violations (1 critical, 1 high, 1 medium, 0 low, 0 info); 1 waived, 1 baselined, 1 error. Gate at high: fail.',
      '',
    ]);
  });

  it('given snapshot text in a log group that starts a line with ::, should keep it from becoming a command', () => {
    const report = sampleReport();
    report.waived[0]!.waiver!.reason = 'ok\n::error::forged';
    const out = github(report, sampleContext());
    expect(out).toContain('source/open-todo  src/app/other.py:7  until 2026-09-30: ok ::error::forged\n');
    expect(out.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([]);
  });

  it.each([
    ['low', 'notice'],
    ['info', 'notice'],
    ['medium', 'warning'],
    ['high', 'error'],
    ['critical', 'error'],
  ] as const)('given a %s violation, should annotate it as %s', (severity, level) => {
    const report = sampleReport();
    report.violations = [{ ...report.violations[0]!, severity }];
    expect(github(report, sampleContext()).startsWith(`::${level} file=`)).toBe(true);
  });
});
