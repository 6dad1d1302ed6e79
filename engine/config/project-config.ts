import type { SourceLocation } from '../errors.js';
import type { ParameterOverrides } from '../compile/compile-rule.js';
import type { Waiver } from '../gate/waiver.js';
import type { Severity, Threshold } from '../severity.js';

export interface SeverityOverride {
  rule: string;
  resource?: string;
  severity: Severity;
  reason: string;
  location: SourceLocation;
}

export interface TodoTriage {
  file: string;
  text?: string;
  verdict: 'fix' | 'defer' | 'archive';
  reason: string;
  owner?: string;
  expires?: string;
  location: SourceLocation;
}

/** factgate.yaml after validation, paths resolved against its directory. */
export interface ProjectConfig {
  file: string | undefined;
  /** Rule files/directories; undefined = the built-in packs. */
  rules: string[] | undefined;
  disable: { rule: string; reason: string; location: SourceLocation }[];
  failOn: Threshold | undefined;
  parameters: Record<string, ParameterOverrides>;
  severity: SeverityOverride[];
  waivers: Waiver[];
  triage: TodoTriage[];
  /** The raw `source:` section, validated by the source collector. */
  source: unknown;
  /** Position of a path inside the `source:` section, for the source collector's config errors. */
  locateSource(path: readonly (string | number)[]): SourceLocation | undefined;
}

export const emptyConfig = (): ProjectConfig => ({
  file: undefined, rules: undefined, disable: [], failOn: undefined, parameters: {}, severity: [], waivers: [], triage: [], source: undefined,
  locateSource: () => undefined,
});
