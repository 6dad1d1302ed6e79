import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FactgateError } from '../../engine/errors.js';
import { messages } from '../../engine/error-messages.js';
import { exitCodeFor, type ExitCode } from '../../engine/gate/exit-code.js';
import { THRESHOLDS } from '../../engine/severity.js';
import { choice, parseCommandArgs } from '../args.js';
import { gateReport } from '../gate-report.js';
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
  const report = await gateReport(project, snapshot, io, values);
  const allowPartial = values['allow-partial'] ?? false;
  let exitCode = exitCodeFor(report, failOn, { allowPartial, strictWaivers: values['strict-waivers'] ?? false });
  const context = reportContext(project.rules, failOn, exitCode, format === 'text' && !values.output && io.stdoutIsTTY && !io.env.NO_COLOR);
  const rendered = reporters[format](report, context);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), rendered);
  else io.stdout(rendered);
  // In GitHub Actions the job summary gets the Markdown audit; annotations alone cap at 10 per type.
  const summaryFile = format === 'github' ? io.env.GITHUB_STEP_SUMMARY : undefined;
  if (summaryFile) {
    try {
      await appendFile(path.resolve(io.cwd, summaryFile), reporters.markdown(report, context));
    } catch (error) {
      io.stderr(`${messages.stepSummaryUnwritable(summaryFile, error)}\n`);
      exitCode = 2;
    }
  }
  if (failedSources > 0 && !allowPartial) io.stderr(`${messages.collectorFailed(failedSources)}\n`);
  return exitCode;
}
