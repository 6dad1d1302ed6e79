import { SEVERITIES } from '../../engine/severity.js';
import type { ReportedViolation } from '../../engine/report/report.js';
import type { Reporter } from './reporter.js';
import { severityStyle, styler } from './style.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Human output: violations grouped by severity, then waived, errors and a one-line summary. */
export const text: Reporter = (report, context) => {
  const paint = styler(context.color);
  const lines: string[] = [];
  const where = (v: ReportedViolation) => (v.location ? `${v.location.file}:${v.location.line}` : `${v.resource.kind} ${v.resource.id}`);
  for (const severity of SEVERITIES) {
    const group = report.violations.filter((v) => v.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint('bold', paint(severityStyle[severity], `${severity.toUpperCase()} (${group.length})`)));
    for (const v of group) {
      lines.push(`  ${paint('bold', v.rule)}  ${where(v)}`);
      lines.push(`    ${v.message}`);
      lines.push(`    ${paint('dim', `fix: ${v.remediation}`)}`);
      if (v.waiver?.expired) lines.push(`    ${paint('yellow', `waiver expired on ${v.waiver.expires}: ${v.waiver.reason}`)}`);
      if (v.severityOverride) lines.push(`    ${paint('dim', `severity ${v.severityOverride.from} → ${v.severity}: ${v.severityOverride.reason}`)}`);
    }
    lines.push('');
  }
  if (report.waived.length > 0) {
    lines.push(paint('bold', `WAIVED (${report.waived.length})`));
    for (const v of report.waived) lines.push(`  ${v.rule}  ${where(v)}  until ${v.waiver!.expires}: ${v.waiver!.reason}`);
    lines.push('');
  }
  if (report.baselined.length > 0) lines.push(paint('dim', `${plural(report.baselined.length, 'violation')} already in the baseline.`), '');
  if (report.fixed.length > 0) {
    lines.push(paint('green', `FIXED since the baseline (${report.fixed.length})`));
    for (const f of report.fixed) lines.push(`  ${f.rule}  ${f.resource.kind} ${f.resource.id}`);
    lines.push('');
  }
  if (report.staleWaivers.length > 0) {
    lines.push(paint('yellow', `STALE WAIVERS (${report.staleWaivers.length}): they match no violation`));
    for (const w of report.staleWaivers) lines.push(`  ${w.rule}${w.resource ? ` ${w.resource}` : ''}${w.location ? `  (${w.location})` : ''}`);
    lines.push('');
  }
  if (report.errors.length > 0) {
    lines.push(paint('red', `ERRORS (${report.errors.length})`));
    for (const e of report.errors) lines.push(`  ${e.message}`);
    lines.push('');
  }
  const counts = SEVERITIES.map((s) => `${report.summary[s]} ${s}`).join(', ');
  const total = report.violations.length;
  const verdict = context.exitCode === 0 ? paint('green', 'pass') : context.exitCode === 1 ? paint('red', 'fail') : paint('red', 'error');
  lines.push(
    `${plural(total, 'violation')} (${counts}); ${report.summary.waived} waived, ${report.summary.baselined} baselined. ` +
      `Gate at ${context.failOn}: ${verdict}.`,
  );
  return `${lines.join('\n')}\n`;
};
