import type { SeverityOverride } from '../config/project-config.js';
import type { Evaluation } from '../evaluate/evaluate.js';
import { compareViolations } from '../evaluate/order.js';
import type { Violation } from '../evaluate/violation.js';
import type { Report, ReportedViolation } from '../report/report.js';
import { SEVERITIES } from '../severity.js';
import type { Snapshot } from '../snapshot/types.js';
import { waiverEnd, type Waiver } from './waiver.js';
import { wildcard } from './wildcard.js';

export interface GateInput {
  severity?: readonly SeverityOverride[];
  waivers?: readonly Waiver[];
  /** Baseline fingerprints with what they were about (to list fixed ones). */
  baseline?: readonly { fingerprint: string; rule: string; resource: { kind: string; id: string } }[];
}

const matcher = (rule: string, resource: string | undefined, kind?: string) => {
  const ruleMatches = wildcard(rule);
  const resourceMatches = resource === undefined ? () => true : wildcard(resource);
  return (v: Violation) => ruleMatches(v.rule) && resourceMatches(v.resource.id) && (kind === undefined || v.resource.kind === kind);
};

/**
 * Turns an evaluation into the report: severity overrides, then waivers (an expired one no longer
 * waives and says so), then the baseline; every list sorted the one deterministic way.
 */
export function applyGate(evaluation: Evaluation, snapshot: Snapshot, input: GateInput = {}): Report {
  const now = Date.parse(snapshot.collectedAt);
  const overrides = (input.severity ?? []).map((o) => ({ o, matches: matcher(o.rule, o.resource) }));
  const waivers = (input.waivers ?? []).map((w) => ({ w, matches: matcher(w.rule, w.resource, w.kind), used: false }));
  const baseline = new Map((input.baseline ?? []).map((b) => [b.fingerprint, b]));
  const seenFingerprints = new Set<string>();
  const violations: ReportedViolation[] = [];
  const waived: ReportedViolation[] = [];
  const baselined: ReportedViolation[] = [];

  for (const original of evaluation.violations) {
    let v: ReportedViolation = { ...original };
    const override = overrides.find(({ matches }) => matches(v));
    if (override && override.o.severity !== v.severity) {
      v = { ...v, severity: override.o.severity, severityOverride: { from: v.severity, reason: override.o.reason } };
    }
    seenFingerprints.add(v.fingerprint);
    const waiver = waivers.find(({ matches }) => matches(v));
    if (waiver) {
      waiver.used = true;
      const expired = now >= waiverEnd(waiver.w);
      v = { ...v, waiver: { reason: waiver.w.reason, owner: waiver.w.owner ?? null, expires: waiver.w.expires, origin: waiver.w.origin, expired } };
      if (!expired) {
        waived.push(v);
        continue;
      }
    }
    if (baseline.has(v.fingerprint)) baselined.push(v);
    else violations.push(v);
  }

  const summary = Object.fromEntries(SEVERITIES.map((s) => [s, violations.filter((v) => v.severity === s).length])) as Report['summary'];
  summary.waived = waived.length;
  summary.baselined = baselined.length;
  summary.errors = evaluation.errors.length;
  return {
    factgate: 'report/v1',
    snapshot: { collectedAt: snapshot.collectedAt, sources: snapshot.sources.map(({ collector, target, status }) => ({ collector, target, status })) },
    summary,
    violations: violations.sort(compareViolations),
    waived: waived.sort(compareViolations),
    baselined: baselined.sort(compareViolations),
    fixed: [...baseline.values()].filter((b) => !seenFingerprints.has(b.fingerprint)).sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1)),
    staleWaivers: waivers
      .filter(({ used, w }) => !used && w.origin !== 'triage')
      .map(({ w }) => ({ rule: w.rule, resource: w.resource ?? null, reason: w.reason, expires: w.expires, location: w.location ? `${w.location.file}:${w.location.line}:${w.location.col}` : null })),
    errors: [...evaluation.errors].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : (a.resource?.id ?? '') < (b.resource?.id ?? '') ? -1 : 1)),
  };
}
