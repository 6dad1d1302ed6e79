import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FactgateError } from '../../engine/errors.js';
import { messages } from '../../engine/error-messages.js';
import type { ExitCode } from '../../engine/gate/exit-code.js';
import { parseCommandArgs } from '../args.js';
import { collectSnapshot } from '../collect-snapshot.js';
import type { Io } from '../io.js';
import { loadProjectConfig } from '../load-project.js';
import { collectorOptions } from '../obtain-snapshot.js';

const { snapshot: _snapshotOption, ...collectOnly } = collectorOptions;

/**
 * `factgate collect … -o FILE`: run the collectors and write the snapshot. Fails closed: with a failed
 * target the snapshot is still written (its sources say what failed) but the exit code is 2 unless
 * --allow-partial.
 */
export async function collect(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('collect', argv, { ...collectOnly, config: { type: 'string' }, output: { type: 'string', short: 'o' } });
  if (positionals.length > 0) throw new FactgateError('usage', messages.usage(`'factgate collect' takes no positional argument, got '${positionals[0]}'.`));
  if (!values.postgres?.length && !values['cloud-run']?.length && !values['cloud-run-export']?.length && !values.source?.length) {
    throw new FactgateError('usage', messages.usage('nothing to collect: give --postgres URL, --cloud-run PROJECT/REGION, --cloud-run-export FILE or --source DIR.'));
  }
  const config = await loadProjectConfig(values.config, io);
  const { snapshot, failedSources } = await collectSnapshot(values, config, io);
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout(text);
  if (failedSources > 0 && !values['allow-partial']) {
    io.stderr(`${messages.collectorFailed(failedSources)}\n`);
    return 2;
  }
  return 0;
}
