import type { EvaluationError } from '../../engine/evaluate/violation.js';
import type { Report, ReportContext, ReportedViolation } from '../../engine/report/report.js';
import { reachesThreshold, SEVERITIES, type Severity, type Threshold } from '../../engine/severity.js';
import { mdCode, mdTable, mdText } from './markdown-table.js';
import type { Reporter } from './reporter.js';
import { areaTitle, packOf } from './rule-area.js';
import { expiredWaiverNote } from './waiver-note.js';

const priorities: [Severity, string][] = [
  ['critical', 'P0 (Critical -- Fix Now)'],
  ['high', 'P1 (High -- Fix This Sprint)'],
  ['medium', 'P2 (Medium -- Backlog)'],
];
const errorAction: Record<EvaluationError['code'], string> = {
  'missing-facts': 'Fix the failed collector and run again; until then this rule proves nothing.',
  'operator-threw': 'Report the failure with the snapshot; until then this rule proves nothing.',
};

const resourceCell = (r: { id: string } | undefined): string => (r ? mdCode(r.id) : 'all resources');
const issue = (v: ReportedViolation): string => {
  const note = expiredWaiverNote(v);
  return mdText(note ? `${v.message} (${note})` : v.message);
};

function areaRows(report: Report, rules: Set<string>): string[][] {
  const inArea = <T extends { rule: string }>(list: T[]) => list.filter((item) => rules.has(item.rule));
  return [
    ...inArea(report.errors).map((e) => [resourceCell(e.resource), mdText(e.message), '**error**', mdText(errorAction[e.code])]),
    ...inArea(report.violations).map((v) => [resourceCell(v.resource), issue(v), v.waiver?.expired ? `${v.severity}, waiver expired` : v.severity, mdText(v.remediation)]),
    ...inArea(report.baselined).map((v) => [resourceCell(v.resource), mdText(v.message), `${v.severity}, baselined`, mdText(v.remediation)]),
    ...inArea(report.waived).map((v) => [resourceCell(v.resource), mdText(v.message), `${v.severity}, waived until ${v.waiver!.expires}`, mdText(v.waiver!.reason)]),
  ];
}

/** A section per area (rule pack): its findings in one table, then the rules that found nothing. */
function areaSections(report: Report, context: ReportContext): string[] {
  const areas = new Map<string, string[]>();
  for (const rule of Object.keys(context.rules)) areas.set(packOf(rule), [...(areas.get(packOf(rule)) ?? []), rule]);
  const touched = new Set([...report.violations, ...report.baselined, ...report.waived, ...report.errors].map((item) => item.rule));
  return [...areas].flatMap(([pack, rules]) => {
    const rows = areaRows(report, new Set(rules));
    const passed = rules.filter((rule) => !touched.has(rule));
    return [
      `## ${mdText(areaTitle(pack))}`,
      '',
      ...(rows.length > 0 ? mdTable(['Resource', 'Finding', 'Severity', 'Action'], rows) : ['No findings.']),
      '',
      `**Passed**: ${passed.length} of ${rules.length} rules found nothing${passed.length > 0 ? `: ${passed.map(mdCode).join(', ')}` : ''}.`,
      '',
    ];
  });
}

/** P0/P1/P2 tables like the audit's C.7, numbered across tables, then everything below P2. */
function priorityTables(report: Report): string[] {
  let n = 0;
  const table = (list: ReportedViolation[]) =>
    list.length === 0 ? ['None.'] : mdTable(['#', 'Issue', 'Resource', 'Action'], list.map((v) => [String(++n), issue(v), resourceCell(v.resource), mdText(v.remediation)]));
  const lines = ['## Priority Recommendations', ''];
  for (const [severity, heading] of priorities) lines.push(`### ${heading}`, '', ...table(report.violations.filter((v) => v.severity === severity)), '');
  lines.push('### Low and info', '', ...table(report.violations.filter((v) => v.severity === 'low' || v.severity === 'info')), '');
  return lines;
}

function gateSections(report: Report): string[] {
  const section = (title: string, headers: string[], rows: string[][], always = true) =>
    rows.length === 0 && !always ? [] : [`## ${title}`, '', ...(rows.length > 0 ? mdTable(headers, rows) : ['None.']), ''];
  return [
    ...section('Waived', ['Rule', 'Resource', 'Reason', 'Owner', 'Expires'], report.waived.map((v) => [mdCode(v.rule), resourceCell(v.resource), mdText(v.waiver!.reason), v.waiver!.owner ? mdText(v.waiver!.owner) : '—', v.waiver!.expires])),
    ...section('Baselined', ['Rule', 'Resource', 'Severity', 'Finding'], report.baselined.map((v) => [mdCode(v.rule), resourceCell(v.resource), v.severity, mdText(v.message)]), false),
    ...section('Fixed since the baseline', ['Rule', 'Resource'], report.fixed.map((f) => [mdCode(f.rule), `${mdText(f.resource.kind)} ${mdCode(f.resource.id)}`]), false),
    ...section('Stale waivers', ['Rule', 'Resource', 'Reason', 'Expires', 'Defined at'], report.staleWaivers.map((w) => [mdCode(w.rule), w.resource ? mdCode(w.resource) : 'all resources', mdText(w.reason), w.expires, w.location ? mdCode(w.location) : '—'])),
    ...section('Errors', ['Rule', 'Resource', 'Error'], report.errors.map((e) => [mdCode(e.rule), resourceCell(e.resource), mdText(e.message)])),
  ];
}

function executiveSummary(report: Report, context: ReportContext): string[] {
  const verdict = context.exitCode === 0 ? 'PASS' : context.exitCode === 1 ? 'FAIL' : 'ERROR (the run cannot be trusted)';
  const reaching = report.violations.filter((v) => reachesThreshold(v.severity, context.failOn as Threshold)).length;
  const counts = SEVERITIES.map((s) => `${report.summary[s]} ${s}${s === 'critical' ? ' (P0)' : s === 'high' ? ' (P1)' : s === 'medium' ? ' (P2)' : ''}`).join(', ');
  const failed = report.snapshot.sources.filter((s) => s.status === 'failed').length;
  return [
    '## Executive Summary',
    '',
    `The gate verdict is **${verdict}** at \`${context.failOn}\`: ${reaching} counted violation${reaching === 1 ? '' : 's'} at or above the threshold. ` +
      `Counted violations: ${counts}. Also ${report.summary.waived} waived, ${report.summary.baselined} baselined, ` +
      `${report.staleWaivers.length} stale waiver${report.staleWaivers.length === 1 ? '' : 's'}, ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}. ` +
      (failed === 0 ? `All ${report.snapshot.sources.length} sources were collected.` : `**${failed} of ${report.snapshot.sources.length} sources failed**: rules that need their facts are reported as errors, not as passes.`),
    '',
    ...mdTable(['Collector', 'Target', 'Status'], report.snapshot.sources.map((s) => [s.collector, mdCode(s.target), s.status === 'ok' ? 'ok' : '**failed**'])),
    '',
  ];
}

/**
 * An audit report in the shape of the 2026-02-09 hardening audit: executive summary with the gate
 * verdict and sources, a section per area, P0/P1/P2 priority tables, then waived, stale waivers and
 * errors. Dated by the snapshot, never by the clock.
 */
export const markdown: Reporter = (report, context) => {
  const date = report.snapshot.collectedAt.slice(0, 10);
  const scope = [...new Set(Object.keys(context.rules).map(packOf))].map(areaTitle).join(', ');
  const lines = [
    `# factgate Audit Report: ${date}`,
    '',
    `**Date**: ${date} (snapshot collected ${report.snapshot.collectedAt})  `,
    `**Tool**: factgate ${context.toolVersion}, ${Object.keys(context.rules).length} rules  `,
    `**Scope**: ${mdText(scope)}`,
    '',
    '---',
    '',
    ...executiveSummary(report, context),
    '---',
    '',
    ...areaSections(report, context),
    '---',
    '',
    ...priorityTables(report),
    '---',
    '',
    ...gateSections(report),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
};
