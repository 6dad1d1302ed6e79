import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CollectorResult, ProgressReporter } from '../types.js';
import { silentProgress } from '../types.js';
import type { SourceCollectorConfig } from './config.js';
import { listFiles } from './list-files.js';
import { sourceMessages as m } from './messages.js';
import { compareText } from '../compare-text.js';
import { byFileThenLine } from './order.js';
import { compileProbes, probeFacts } from './probes.js';
import { prepareScan } from './scan.js';

export { parseSourceConfig, checkSourceConfig, defaultSourceConfig, SourceConfigError } from './config.js';
export type { SourceCollectorConfig, ProbeConfig, SourceConfigIssue, SourceConfigCheck, TodoTag } from './config.js';
export type { ScanStats } from './scan-stats.js';

export interface CollectSourceOptions {
  /** Progress lines (one per 1000 files); the CLI shows them only on a terminal. */
  progress?: ProgressReporter;
  /** How the root is written in the facts' `root` and the source entry's `target`. Default: `dir` as given. */
  label?: string;
}

const reasonOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));

/**
 * Scans one source directory: TODO-style comments, the config's probes and its spec documents.
 * Files come from git when `dir` is in a work tree (tracked plus untracked-not-ignored, only those
 * under `dir`), else from a walk honouring .gitignore files. Binary, oversized, non-UTF-8 and
 * unreadable files, symbolic links and special files are skipped and counted in `source.stats`.
 * A directory that cannot be scanned gives a `failed` result, never an exception.
 * @param dir the --source argument, relative to the working directory or absolute.
 * @param config a config from parseSourceConfig (bad patterns throw FactgateError 'bad-regex' / 'bad-glob').
 */
export async function collectSource(dir: string, config: SourceCollectorConfig, options: CollectSourceOptions = {}): Promise<CollectorResult> {
  const started = performance.now();
  const label = options.label ?? dir;
  const probes = compileProbes(config.probes);
  const elapsed = (): number => Math.round(performance.now() - started);
  const failed = (error: string): CollectorResult => ({
    status: 'failed',
    source: { collector: 'source', target: label, status: 'failed', error, durationMs: elapsed() },
  });
  const absRoot = path.resolve(dir);
  try {
    if (!(await stat(absRoot)).isDirectory()) return failed(m.notADirectory(label, 'it is not a directory'));
  } catch (error) {
    return failed(m.notADirectory(label, reasonOf(error) === 'ENOENT' ? 'it does not exist' : reasonOf(error)));
  }
  const scanner = prepareScan(config, probes);
  try {
    const listing = await listFiles(absRoot);
    const found = await scanner(absRoot, label, listing, options.progress ?? silentProgress);
    return {
      status: 'ok',
      source: { collector: 'source', target: label, status: 'ok', error: null, durationMs: elapsed(), stats: { ...found.stats } },
      facts: {
        source: {
          todos: found.todos.sort((a, b) => byFileThenLine(a, b) || compareText(a.tag, b.tag)),
          probes: probeFacts(label, config.probes, found.rawMatches),
          specs: found.specs.sort((a, b) => compareText(a.file, b.file)),
        },
      },
    };
  } catch (error) {
    return failed(m.scanFailed(label, reasonOf(error)));
  }
}
