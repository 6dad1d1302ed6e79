import type { ReportContext } from '../engine/report/report.js';
import type { CompiledRule } from '../engine/rule/types.js';
import { toolVersion } from './version.js';

export function reportContext(rules: readonly CompiledRule[], failOn: string, exitCode: 0 | 1 | 2, color: boolean): ReportContext {
  return {
    toolVersion,
    failOn,
    exitCode,
    color,
    rules: Object.fromEntries(rules.map((r) => [r.id, { title: r.title, severity: r.severity, rationale: r.rationale, remediation: r.remediationTemplate, references: r.references, tags: r.tags }])),
  };
}
