import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FactgateError } from '../../engine/errors.js';
import { messages } from '../../engine/error-messages.js';
import { baselineFrom } from '../../engine/gate/baseline.js';
import type { ExitCode } from '../../engine/gate/exit-code.js';
import { parseCommandArgs } from '../args.js';
import { gateReport } from '../gate-report.js';
import type { Io } from '../io.js';
import { loadProject } from '../load-project.js';
import { collectorOptions, obtainSnapshot } from '../obtain-snapshot.js';

const { 'allow-partial': _allowPartial, ...snapshotOptions } = collectorOptions;

export const baselineOptions = {
  ...snapshotOptions,
  rules: { type: 'string', multiple: true },
  config: { type: 'string' },
  waivers: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

/**
 * `factgate baseline`: records the fingerprints of every violation `check` would count (waived ones
 * are covered by their waiver) as a sorted `baseline/v1` document, to -o FILE or stdout.
 */
export async function baseline(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('baseline', argv, baselineOptions);
  if (positionals.length > 0) throw new FactgateError('usage', messages.usage(`'factgate baseline' takes no positional argument, got '${positionals[0]}'.`));
  const project = await loadProject(values, io);
  const { snapshot, failedSources } = await obtainSnapshot(values, project.config, io);
  if (failedSources > 0) throw new FactgateError('collector-failed', messages.baselineIncomplete(failedSources));
  const report = await gateReport(project, snapshot, io, { waivers: values.waivers });
  const document = baselineFrom(report);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (!values.output) {
    io.stdout(text);
    return 0;
  }
  await writeFile(path.resolve(io.cwd, values.output), text);
  const count = document.violations.length;
  io.stderr(`Recorded ${count} violation${count === 1 ? '' : 's'} in ${values.output}; 'factgate check --baseline ${values.output}' now fails only on new ones.\n`);
  return 0;
}
