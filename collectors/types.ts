import type { CollectorName, Facts, SourceStatus } from '../engine/snapshot/types.js';

/**
 * What one collector run over one target returns. A failed run carries no facts at all:
 * half-read state must never be evaluated as if it were complete.
 */
export type CollectorResult =
  | { status: 'ok'; source: SourceStatus & { status: 'ok' }; facts: Facts; collectedAt?: string }
  | { status: 'failed'; source: SourceStatus & { status: 'failed' } };

/** Progress lines for long work; the CLI writes them to stderr only when it is a terminal. */
export type ProgressReporter = (message: string) => void;

export const silentProgress: ProgressReporter = () => {};

export type { CollectorName };
