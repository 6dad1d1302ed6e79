import { checkSourceConfig, type SourceCollectorConfig } from '../collectors/source/index.js';
import type { ProjectConfig } from '../engine/config/project-config.js';
import { FactgateError, FactgateErrors } from '../engine/errors.js';

/** The `source:` block of factgate.yaml, validated, each problem located in the config file. */
export function sourceConfigOf(config: ProjectConfig): SourceCollectorConfig {
  const checked = checkSourceConfig(config.source);
  if (checked.ok) return checked.config;
  throw new FactgateErrors(
    checked.issues.map((issue) => {
      const location = config.locateSource(issue.path);
      return new FactgateError(issue.code, issue.message, location ? { location } : { target: config.file ?? 'source config' });
    }),
  );
}
