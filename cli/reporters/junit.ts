import type { EvaluationError } from '../../engine/evaluate/violation.js';
import type { ReportedViolation } from '../../engine/report/report.js';
import type { Reporter } from './reporter.js';
import { packOf } from './rule-area.js';
import { expiredWaiverNote, waiverTerms } from './waiver-note.js';
import { xmlAttribute as attr, xmlText as text } from './xml.js';

type Outcome = { kind: 'failure' | 'skipped' | 'error' | 'pass'; xml: string[] };

const where = (v: ReportedViolation): string => (v.location ? `\nLocation: ${v.location.file}:${v.location.line}` : '');

function failure(v: ReportedViolation): Outcome {
  const note = expiredWaiverNote(v);
  const body = `${v.message}\n\nResource: ${v.resource.kind} ${v.resource.id}${where(v)}\nRemediation: ${v.remediation}${note ? `\nNote: ${note}` : ''}\nFingerprint: ${v.fingerprint}`;
  return { kind: 'failure', xml: [`      <failure message="${attr(note ? `${v.message} (${note})` : v.message)}" type="${attr(v.severity)}">${text(body)}</failure>`] };
}

const skipped = (message: string): Outcome => ({ kind: 'skipped', xml: [`      <skipped message="${attr(message)}"/>`] });

const error = (e: EvaluationError): Outcome => ({ kind: 'error', xml: [`      <error message="${attr(e.message)}" type="${attr(e.code)}">${text(e.message)}</error>`] });

const testcase = (classname: string, name: string, outcome: Outcome): string[] =>
  outcome.xml.length === 0
    ? [`    <testcase classname="${attr(classname)}" name="${attr(name)}"/>`]
    : [`    <testcase classname="${attr(classname)}" name="${attr(name)}">`, ...outcome.xml, '    </testcase>'];

/** The test cases of one rule: its findings, its errors, or one passing case when it found nothing. */
function ruleCases(rule: string, lists: { violations: ReportedViolation[]; baselined: ReportedViolation[]; waived: ReportedViolation[]; errors: EvaluationError[] }) {
  const name = (v: { resource: { kind: string; id: string } }) => `${v.resource.kind} ${v.resource.id}`;
  const cases: { name: string; outcome: Outcome }[] = [
    ...lists.violations.map((v) => ({ name: name(v), outcome: failure(v) })),
    ...lists.baselined.map((v) => ({ name: name(v), outcome: skipped(`baselined: ${v.message}`) })),
    ...lists.waived.map((v) => ({ name: name(v), outcome: skipped(`waived: ${v.waiver!.reason} ${waiverTerms(v.waiver!)}`) })),
    ...lists.errors.map((e) => ({ name: e.resource ? name(e as { resource: { kind: string; id: string } }) : 'all resources', outcome: error(e) })),
  ];
  return cases.length > 0 ? cases : [{ name: 'all resources', outcome: { kind: 'pass', xml: [] } as Outcome }];
}

/**
 * JUnit XML for GitLab, Jenkins and other test viewers: a test suite per rule pack, a test case per
 * rule and resource (classname = rule id). Counted violations fail, waived and baselined ones are
 * skipped with the reason, rules that could not run are errors, and a rule that found nothing passes.
 */
export const junit: Reporter = (report, context) => {
  const suites = new Map<string, { rule: string; name: string; outcome: Outcome }[]>();
  const of = <T extends { rule: string }>(list: T[], rule: string) => list.filter((item) => item.rule === rule);
  for (const rule of Object.keys(context.rules)) {
    const cases = ruleCases(rule, { violations: of(report.violations, rule), baselined: of(report.baselined, rule), waived: of(report.waived, rule), errors: of(report.errors, rule) });
    const pack = packOf(rule);
    suites.set(pack, [...(suites.get(pack) ?? []), ...cases.map((c) => ({ rule, ...c }))]);
  }
  const count = (cases: { outcome: Outcome }[], kind: Outcome['kind']) => cases.filter((c) => c.outcome.kind === kind).length;
  const totals = (cases: { outcome: Outcome }[]) =>
    `tests="${cases.length}" failures="${count(cases, 'failure')}" errors="${count(cases, 'error')}" skipped="${count(cases, 'skipped')}"`;
  // A stale waiver is configuration that no longer matches anything: visible, failing only under --strict-waivers (exit code).
  if (report.staleWaivers.length > 0) {
    suites.set('waivers', report.staleWaivers.map((w) => ({
      rule: 'factgate/stale-waiver',
      name: `${w.rule}${w.resource ? ` ${w.resource}` : ''}`,
      outcome: skipped(`stale waiver: it matches no violation (${w.reason}; until ${w.expires}${w.location ? `; ${w.location}` : ''})`),
    })));
  }
  const all = [...suites.values()].flat();
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="factgate" ${totals(all)}>`];
  for (const [pack, cases] of suites) {
    lines.push(`  <testsuite name="${attr(pack)}" ${totals(cases)}>`);
    for (const c of cases) lines.push(...testcase(c.rule, c.name, c.outcome));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
