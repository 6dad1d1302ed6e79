/** Severities from the most to the least serious; the audit's P0/P1/P2 are critical/high/medium. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `--fail-on` accepts a severity or `none` (never fail on violations). */
export const THRESHOLDS = [...SEVERITIES, 'none'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/** 0 for critical … 4 for info: smaller is more serious. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

export const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);

/** True when a violation of `severity` reaches the threshold and so fails the gate. */
export const reachesThreshold = (severity: Severity, threshold: Threshold): boolean =>
  threshold !== 'none' && severityRank(severity) <= severityRank(threshold);
