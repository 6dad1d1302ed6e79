import { FactgateError } from '../../engine/errors.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { loadProject } from '../load-project.js';
import { sourceConfigOf } from '../source-config.js';

/** `factgate validate [PATH…]`: load, check and compile rule files and factgate.yaml (its source probes included) without evaluating. */
export async function validate(argv: string[], io: Io): Promise<0 | 2> {
  const { values, positionals } = parseCommandArgs('validate', argv, { config: { type: 'string' }, rules: { type: 'string', multiple: true } });
  const rules = [...positionals, ...(values.rules ?? [])];
  const project = await loadProject({ config: values.config, rules: rules.length ? rules : undefined }, io);
  // The source collector's probes (regexes, globs) are configuration too: check them before any scan.
  if (project.config.source !== undefined) sourceConfigOf(project.config);
  if (project.rules.length === 0) throw new FactgateError('usage', 'no rule to validate.');
  io.stdout(`${project.rules.length} rule${project.rules.length === 1 ? '' : 's'} valid.\n`);
  return 0;
}
