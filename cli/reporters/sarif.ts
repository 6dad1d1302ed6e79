import type { EvaluationError } from '../../engine/evaluate/violation.js';
import type { ReportedViolation } from '../../engine/report/report.js';
import type { Severity } from '../../engine/severity.js';
import type { Reporter } from './reporter.js';
import { expiredWaiverNote } from './waiver-note.js';

type Level = 'error' | 'warning' | 'note';
const levels: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub code scanning ranks security alerts by this score (a number 0.0–10.0 written as a string). */
const securitySeverity: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://factgate.dev';

/** `rls-enabled` → `RlsEnabled`: SARIF's reportingDescriptor.name is a Pascal-cased identifier. */
const pascal = (ruleId: string): string =>
  (ruleId.split('/').pop() ?? ruleId).split(/[^A-Za-z0-9]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** A relative URI reference for a path: spaces and the like percent-encoded, `#` and `?` too (they would start a fragment or query). */
const uriOf = (path: string): string => encodeURI(path).replace(/[#?]/g, (c) => encodeURIComponent(c));

/**
 * Source findings point at their file and line. Database and cloud findings are logical locations;
 * they also carry a physical anchor `<kind>/<id>` with line 1, because GitHub code scanning rejects
 * a whole SARIF file when one result has only logical locations.
 */
function location(v: ReportedViolation) {
  const logical = { logicalLocations: [{ name: v.resource.id, kind: v.resource.kind, fullyQualifiedName: `${v.resource.kind}:${v.resource.id}` }] };
  if (v.location) return { physicalLocation: { artifactLocation: { uri: uriOf(v.location.file) }, region: { startLine: v.location.line } }, ...logical };
  return { physicalLocation: { artifactLocation: { uri: uriOf(`${v.resource.kind}/${v.resource.id}`) }, region: { startLine: 1 } }, ...logical };
}

function result(v: ReportedViolation, ruleIndex: Map<string, number>, baselineState: 'new' | 'unchanged' | undefined) {
  const note = expiredWaiverNote(v);
  return {
    ruleId: v.rule,
    ...(ruleIndex.has(v.rule) ? { ruleIndex: ruleIndex.get(v.rule)! } : {}),
    level: levels[v.severity],
    message: { text: `${v.message}${note ? ` (${note})` : ''}` },
    locations: [location(v)],
    partialFingerprints: { 'factgate/v1': v.fingerprint },
    ...(baselineState ? { baselineState } : {}),
    ...(v.waiver && !v.waiver.expired
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: v.waiver.reason, properties: { owner: v.waiver.owner, expires: v.waiver.expires, origin: v.waiver.origin } }] }
      : {}),
    properties: {
      severity: v.severity,
      resource: v.resource,
      remediation: v.remediation,
      evidence: v.evidence,
      ...(v.waiver?.expired ? { waiverExpired: { reason: v.waiver.reason, owner: v.waiver.owner, expires: v.waiver.expires } } : {}),
      ...(v.severityOverride ? { severityOverride: v.severityOverride } : {}),
    },
  };
}

function notification(e: EvaluationError, ruleIndex: Map<string, number>) {
  return {
    level: 'error',
    message: { text: e.message },
    associatedRule: { id: e.rule, ...(ruleIndex.has(e.rule) ? { index: ruleIndex.get(e.rule)! } : {}) },
    ...(e.resource ? { locations: [{ logicalLocations: [{ name: e.resource.id, kind: e.resource.kind, fullyQualifiedName: `${e.resource.kind}:${e.resource.id}` }] }] } : {}),
    properties: { code: e.code },
  };
}

/**
 * SARIF 2.1.0 for code scanning: every loaded rule in tool.driver.rules, counted, baselined and
 * waived findings as results (waived ones suppressed), rules that could not run as notifications.
 */
export const sarif: Reporter = (report, context) => {
  const ruleIds = Object.keys(context.rules);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  // The report does not say whether --baseline was given; a non-empty baselined or fixed list shows it was.
  const withBaseline = report.baselined.length > 0 || report.fixed.length > 0;
  const rules = ruleIds.map((id) => {
    const rule = context.rules[id]!;
    return {
      id,
      name: pascal(id),
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.rationale },
      // Rule-level help: the remediation template with its placeholders shown as <fact>; each result
      // carries the remediation filled in for its resource.
      help: { text: rule.remediation.trim().replace(/\{\{\s*([^{}]+?)\s*\}\}/g, '<$1>') },
      ...(rule.references[0] ? { helpUri: rule.references[0] } : {}),
      defaultConfiguration: { level: levels[rule.severity] },
      properties: { tags: rule.tags, severity: rule.severity, 'security-severity': securitySeverity[rule.severity], ...(rule.references.length > 0 ? { references: rule.references } : {}) },
    };
  });
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'factgate', version: context.toolVersion, semanticVersion: context.toolVersion, informationUri: INFORMATION_URI, rules } },
        invocations: [
          {
            executionSuccessful: context.exitCode !== 2,
            exitCode: context.exitCode,
            toolExecutionNotifications: report.errors.map((e) => notification(e, ruleIndex)),
            toolConfigurationNotifications: report.staleWaivers.map((w) => ({
              level: 'warning',
              message: { text: `Stale waiver: it matches no violation (rule ${w.rule}${w.resource ? `, resource ${w.resource}` : ''}; ${w.reason}; until ${w.expires}).` },
              ...(w.location ? { properties: { location: w.location } } : {}),
            })),
          },
        ],
        results: [
          ...report.violations.map((v) => result(v, ruleIndex, withBaseline ? 'new' : undefined)),
          ...report.baselined.map((v) => result(v, ruleIndex, 'unchanged')),
          ...report.waived.map((v) => result(v, ruleIndex, undefined)),
        ],
        properties: { collectedAt: report.snapshot.collectedAt, sources: report.snapshot.sources, failOn: context.failOn, summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
