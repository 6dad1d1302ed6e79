import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadWaiversFile } from '../../engine/config/load-config.js';
import { FactgateError } from '../../engine/errors.js';
import { messages } from '../../engine/error-messages.js';
import { evaluate } from '../../engine/evaluate/evaluate.js';
import { applyGate } from '../../engine/gate/apply-gate.js';
import { loadBaseline } from '../../engine/gate/baseline.js';
import { exitCodeFor, type ExitCode } from '../../engine/gate/exit-code.js';
import { deriveTriage, triageWaivers } from '../../engine/gate/triage.js';
import { THRESHOLDS } from '../../engine/severity.js';
import { choice, parseCommandArgs } from '../args.js';
import { collectorOptions, obtainSnapshot } from '../obtain-snapshot.js';
import type { Io } from '../io.js';
import { loadProject } from '../load-project.js';
import { reportContext } from '../report-context.js';
import { reporterNames, reporters } from '../reporters/index.js';

export const checkOptions = {
  ...collectorOptions,
  rules: { type: 'string', multiple: true },
  config: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  waivers: { type: 'string' },
  baseline: { type: 'string' },
  'strict-waivers': { type: 'boolean' },
} as const;

/** `factgate check`: rules + snapshot (read or collected) → report → exit code by threshold. */
export async function check(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('check', argv, checkOptions);
  if (positionals.length > 0) throw new FactgateError('usage', messages.usage(`'factgate check' takes no positional argument, got '${positionals[0]}'.`));
  const format = choice('format', values.format, reporterNames, 'text');
  const project = await loadProject(values, io);
  const failOn = choice('fail-on', values['fail-on'] ?? project.config.failOn, THRESHOLDS, 'high');
  const { snapshot, failedSources } = await obtainSnapshot(values, project.config, io);
  const triage = project.config.triage;
  const evaluation = evaluate(project.rules, snapshot, { derive: { 'source.todos': deriveTriage(triage) } });
  const waivers = [
    ...project.config.waivers,
    ...(values.waivers ? await loadWaiversFile(path.resolve(io.cwd, values.waivers)) : []),
    ...triageWaivers(snapshot, triage),
  ];
  const baseline = values.baseline ? await loadBaseline(path.resolve(io.cwd, values.baseline)) : undefined;
  const report = applyGate(evaluation, snapshot, { severity: project.config.severity, waivers, ...(baseline ? { baseline } : {}) });
  const allowPartial = values['allow-partial'] ?? false;
  let exitCode = exitCodeFor(report, failOn, { allowPartial, strictWaivers: values['strict-waivers'] ?? false });
  if (failedSources > 0 && !allowPartial) exitCode = 2;
  const rendered = reporters[format](report, reportContext(project.rules, failOn, exitCode, format === 'text' && !values.output && io.stdoutIsTTY && !io.env.NO_COLOR));
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), rendered);
  else io.stdout(rendered);
  if (failedSources > 0 && !allowPartial) io.stderr(`${messages.collectorFailed(failedSources)}\n`);
  return exitCode;
}
