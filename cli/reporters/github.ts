import type { ReportedViolation } from '../../engine/report/report.js';
import { SEVERITIES, type Severity } from '../../engine/severity.js';
import type { Reporter } from './reporter.js';
import { expiredWaiverNote, waiverTerms } from './waiver-note.js';
import { escapeData, workflowCommand, type CommandLevel } from './workflow-command.js';

const levels: Record<Severity, CommandLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

function annotation(v: ReportedViolation): string {
  const note = expiredWaiverNote(v);
  const resource = v.location ? '' : `\nResource: ${v.resource.kind} ${v.resource.id}`;
  const message = `${v.message}${resource}\nFix: ${v.remediation}${note ? `\nNote: ${note}` : ''}`;
  const title = `${v.rule} (${v.severity})`;
  const properties: [string, string | number | undefined][] = v.location
    ? [['file', v.location.file], ['line', v.location.line], ['title', title]]
    : [['title', title]];
  return workflowCommand(levels[v.severity], properties, message);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const where = (v: ReportedViolation): string => (v.location ? `${v.location.file}:${v.location.line}` : `${v.resource.kind} ${v.resource.id}`);

/** A plain log line: kept on one line and never starting with `::`, so snapshot text cannot issue a command. */
const plain = (line: string): string => {
  const flat = line.replace(/[\r\n]+/g, ' ');
  return flat.startsWith('::') ? ` ${flat}` : flat;
};

const group = (title: string, lines: string[]): string[] =>
  lines.length === 0 ? [] : [`::group::${escapeData(title)}`, ...lines.map(plain), '::endgroup::'];

/**
 * GitHub Actions workflow commands: one annotation per counted violation (error for critical and
 * high, warning for medium, notice below), errors and stale waivers as annotations too, waived and
 * baselined findings listed in collapsed log groups, and a one-line verdict.
 */
export const github: Reporter = (report, context) => {
  const lines = report.violations.map(annotation);
  for (const e of report.errors) lines.push(workflowCommand('error', [['title', `${e.rule} could not be evaluated`]], e.message));
  for (const w of report.staleWaivers) {
    const message = `Stale waiver: it matches no violation (rule ${w.rule}${w.resource ? `, resource ${w.resource}` : ''}; ${w.reason}; until ${w.expires}${w.location ? `; ${w.location}` : ''}).`;
    lines.push(workflowCommand('warning', [['title', 'factgate stale waiver']], message));
  }
  lines.push(...group(`factgate: ${report.waived.length} waived`, report.waived.map((v) => `${v.rule}  ${where(v)}  ${waiverTerms(v.waiver!)}: ${v.waiver!.reason}`)));
  lines.push(...group(`factgate: ${report.baselined.length} baselined`, report.baselined.map((v) => `${v.rule}  ${where(v)}  ${v.message}`)));
  lines.push(...group(`factgate: ${report.fixed.length} fixed since the baseline`, report.fixed.map((f) => `${f.rule}  ${f.resource.kind} ${f.resource.id}`)));
  const counts = SEVERITIES.map((s) => `${report.summary[s]} ${s}`).join(', ');
  const verdict = context.exitCode === 0 ? 'pass' : context.exitCode === 1 ? 'fail' : 'error';
  lines.push(
    `factgate: ${plural(report.violations.length, 'violation')} (${counts}); ${report.summary.waived} waived, ${report.summary.baselined} baselined, ` +
      `${plural(report.errors.length, 'error')}. Gate at ${context.failOn}: ${verdict}.`,
  );
  return `${lines.join('\n')}\n`;
};
