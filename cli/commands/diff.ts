import path from 'node:path';
import { diffSnapshots } from '../../engine/diff/diff-snapshots.js';
import { FactgateError } from '../../engine/errors.js';
import { messages } from '../../engine/error-messages.js';
import type { ExitCode } from '../../engine/gate/exit-code.js';
import { loadSnapshot } from '../../engine/snapshot/load-snapshot.js';
import { choice, parseCommandArgs } from '../args.js';
import { gateReport } from '../gate-report.js';
import type { Io } from '../io.js';
import { loadProject } from '../load-project.js';
import { diffText } from '../reporters/diff-text.js';

export const diffOptions = {
  rules: { type: 'string', multiple: true },
  config: { type: 'string' },
  waivers: { type: 'string' },
  format: { type: 'string' },
} as const;

const formats = ['json', 'text'] as const;

/**
 * `factgate diff OLD NEW`: resources added, removed and changed, and violations new and fixed, both
 * snapshots evaluated with the same rules and configuration. Informational: exit 0, 2 on bad input.
 */
export async function diff(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('diff', argv, diffOptions);
  if (positionals.length !== 2) throw new FactgateError('usage', messages.usage(messages.diffArguments(positionals)));
  const format = choice('format', values.format, formats, 'text');
  const project = await loadProject(values, io);
  // One after the other: the first load caches the snapshot schema (concurrent first loads would compile it twice).
  const sides = [];
  for (const file of positionals) {
    const snapshot = await loadSnapshot(path.resolve(io.cwd, file));
    sides.push({ snapshot, report: await gateReport(project, snapshot, io, { waivers: values.waivers }) });
  }
  const result = diffSnapshots(sides[0]!, sides[1]!);
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : diffText(result));
  return 0;
}
