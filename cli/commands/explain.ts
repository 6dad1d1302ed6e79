import path from 'node:path';
import { FactgateError } from '../../engine/errors.js';
import { messages } from '../../engine/error-messages.js';
import { explainRule, resourceIds } from '../../engine/explain/explain-rule.js';
import { configuredFacts } from '../../engine/gate/triage.js';
import { readYamlFile } from '../../engine/load/yaml-file.js';
import { builtinRulesDir } from '../../engine/package-root.js';
import { loadSnapshot } from '../../engine/snapshot/load-snapshot.js';
import { choice, parseCommandArgs } from '../args.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { suggestId } from '../explain/suggest-id.js';
import type { Io } from '../io.js';
import { loadProject, type Project } from '../load-project.js';

const explainOptions = {
  snapshot: { type: 'string' },
  resource: { type: 'string' },
  rules: { type: 'string', multiple: true },
  config: { type: 'string' },
  format: { type: 'string' },
} as const;

const FORMATS = ['json', 'text'] as const;
/** How many ids an unknown --resource error shows as examples of the kind's id form. */
const EXAMPLE_IDS = 3;

/** Why the rule is not loaded: disabled by the configuration, or not in the rule files that were loaded. */
function ruleNotFound(ruleId: string, project: Project, rulesFlag: string[] | undefined, io: Io): FactgateError {
  const disabled = project.config.disable.find((d) => d.rule === ruleId);
  if (disabled) return new FactgateError('unknown-rule', messages.ruleDisabled(ruleId, disabled.reason), { location: disabled.location });
  const loadedFrom = rulesFlag?.length ? rulesFlag : (project.config.rules ?? [builtinRulesDir]).map((p) => (p === builtinRulesDir ? 'builtin' : path.relative(io.cwd, p) || '.'));
  const suggestion = suggestId(ruleId, project.rules.map((r) => r.id));
  return new FactgateError('unknown-rule', messages.explainUnknownRule(ruleId, suggestion, loadedFrom.map((s) => `'${s}'`)));
}

/**
 * `factgate explain RULE --snapshot FILE [--resource ID]`: clause by clause, why each resource passes
 * or fails one rule. It explains and does not gate: exit 0 whatever the verdicts, 2 on bad input.
 */
export async function explain(argv: string[], io: Io): Promise<0> {
  const { values, positionals } = parseCommandArgs('explain', argv, explainOptions);
  if (positionals.length !== 1) throw new FactgateError('usage', messages.explainArguments(positionals));
  if (values.snapshot === undefined) throw new FactgateError('usage', messages.explainNeedsSnapshot());
  const format = choice('format', values.format, FORMATS, 'text');
  const ruleId = positionals[0]!;
  const project = await loadProject(values, io);
  const rule = project.rules.find((r) => r.id === ruleId);
  if (!rule) throw ruleNotFound(ruleId, project, values.rules, io);
  const snapshot = await loadSnapshot(path.resolve(io.cwd, values.snapshot));
  if (values.resource !== undefined) {
    const ids = resourceIds(rule, snapshot);
    if (!ids.includes(values.resource)) {
      const examples = [...new Set(ids)].slice(0, EXAMPLE_IDS);
      throw new FactgateError('usage', messages.unknownResource(values.resource, rule.resource, suggestId(values.resource, ids), examples));
    }
  }
  const source = (await readYamlFile(rule.location.file)).value;
  const explanation = explainRule(rule, snapshot, {
    ...configuredFacts(project.config.triage),
    source,
    ...(values.resource !== undefined ? { resourceId: values.resource } : {}),
  });
  io.stdout(format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanation(explanation, io.stdoutIsTTY && !io.env.NO_COLOR));
  return 0;
}
