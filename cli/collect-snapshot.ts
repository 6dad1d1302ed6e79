import type { ProjectConfig } from '../engine/config/project-config.js';
import type { Snapshot } from '../engine/snapshot/types.js';
import type { Io } from './io.js';
import type { CollectorFlags } from './obtain-snapshot.js';

/** Placeholder until the collectors land: wired in the collector issues. */
export async function collectSnapshot(_flags: CollectorFlags, _config: ProjectConfig, _io: Io): Promise<{ snapshot: Snapshot; failedSources: number }> {
  throw new Error('collectors are not wired yet');
}
