import path from 'node:path';
import type { SourceSpec, SourceTodo } from '../../engine/snapshot/types.js';
import type { ProgressReporter } from '../types.js';
import type { SourceCollectorConfig } from './config.js';
import type { Listing } from './list-files.js';
import { sourceMessages as m } from './messages.js';
import { requireGlobs } from './pattern.js';
import { matchProbe, type CompiledProbe, type ProbeMatch } from './probes.js';
import { readSourceFile } from './read-source-file.js';
import { emptyStats, statOf, type ScanStats } from './scan-stats.js';
import { specFacts } from './specs.js';
import { todoPattern } from './todo-pattern.js';
import { findTodos } from './todos.js';

export interface ScanResult {
  todos: SourceTodo[];
  rawMatches: Map<string, ProbeMatch[]>;
  specs: SourceSpec[];
  stats: ScanStats;
}

const PROGRESS_EVERY = 1000;
/** Reads are synchronous (see readSourceFile); between batches the event loop runs other collectors' I/O. */
const YIELD_EVERY = 200;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export type Scanner = (absRoot: string, label: string, listing: Listing, progress: ProgressReporter) => Promise<ScanResult>;

/**
 * Compiles what the scan needs (a bad glob throws FactgateError before any file is read) and returns
 * the scan: it reads every listed file and extracts todos, raw probe matches and specs, unsorted.
 */
export function prepareScan(config: SourceCollectorConfig, probes: readonly CompiledProbe[]): Scanner {
  const isSpec = requireGlobs(config.specs);
  const isExcluded = requireGlobs(config.exclude);
  const pattern = todoPattern(config.todoTags);

  return async (absRoot, label, listing, progress) => {
    const result: ScanResult = { todos: [], rawMatches: new Map(probes.map((p) => [p.config.id, []])), specs: [], stats: emptyStats(listing.lister) };
    result.stats.skippedUnreadable += listing.unreadableDirs;

    const scanOne = (file: string): void => {
      if (isExcluded(file)) {
        result.stats.skippedExcluded++;
        return;
      }
      const read = readSourceFile(path.join(absRoot, file), config.maxFileBytes);
      if (read.kind === 'directory') return;
      if (read.kind === 'skipped') {
        result.stats[statOf[read.reason]]++;
        return;
      }
      result.stats.files++;
      let lines: string[] | undefined;
      const getLines = (): string[] => (lines ??= read.text.split(/\r?\n/));
      result.todos.push(...findTodos(label, file, read.text, getLines, config.todoTags, pattern));
      for (const probe of probes) {
        if (probe.selects(file)) result.rawMatches.get(probe.config.id)!.push(...matchProbe(probe, file, getLines()));
      }
      if (isSpec(file)) result.specs.push(specFacts(label, file, read.text));
    };

    const total = listing.files.length;
    for (let done = 1; done <= total; done++) {
      scanOne(listing.files[done - 1]!);
      if (done % PROGRESS_EVERY === 0) progress(m.progress(label, done, total));
      if (done % YIELD_EVERY === 0) await yieldToEventLoop();
    }
    return result;
  };
}
