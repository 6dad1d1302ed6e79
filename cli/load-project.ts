import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, resolveRulePath } from '../engine/config/load-config.js';
import { emptyConfig, type ProjectConfig } from '../engine/config/project-config.js';
import { didYouMean } from '../engine/did-you-mean.js';
import { FactgateError, FactgateErrors } from '../engine/errors.js';
import { messages } from '../engine/error-messages.js';
import { loadRules } from '../engine/load/load-rules.js';
import { builtinRulesDir } from '../engine/package-root.js';
import type { CompiledRule } from '../engine/rule/types.js';
import type { Io } from './io.js';

export interface Project {
  config: ProjectConfig;
  rules: CompiledRule[];
}

/** `--config FILE`, else ./factgate.yaml when it exists, else no configuration. */
export async function loadProjectConfig(configFlag: string | undefined, io: Io): Promise<ProjectConfig> {
  if (configFlag) return loadConfig(path.resolve(io.cwd, configFlag));
  const implicit = path.join(io.cwd, 'factgate.yaml');
  return existsSync(implicit) ? loadConfig(implicit) : emptyConfig();
}

/** Loads the configuration and the rules it (or --rules) names, minus the disabled ones. */
export async function loadProject(flags: { config?: string | undefined; rules?: string[] | undefined }, io: Io): Promise<Project> {
  const config = await loadProjectConfig(flags.config, io);
  const paths = flags.rules?.length ? flags.rules.map((r) => resolveRulePath(r, io.cwd)) : (config.rules ?? [builtinRulesDir]);
  const rules = await loadRules(paths, { parameters: config.parameters });
  const ids = new Set(rules.map((r) => r.id));
  const unknown = config.disable.filter((d) => !ids.has(d.rule));
  if (unknown.length > 0) {
    throw new FactgateErrors(unknown.map((d) => new FactgateError('unknown-rule', messages.unknownRule(d.rule, didYouMean(d.rule, ids)), { location: d.location })));
  }
  const disabled = new Set(config.disable.map((d) => d.rule));
  return { config, rules: rules.filter((r) => !disabled.has(r.id)) };
}
