import path from 'node:path';
import { collectCloudRunExport, collectCloudRunLive } from '../collectors/cloud-run/index.js';
import { collectPostgres } from '../collectors/postgres/index.js';
import { collectSource } from '../collectors/source/index.js';
import { assembleSnapshot } from '../collectors/snapshot.js';
import type { CollectorResult } from '../collectors/types.js';
import type { ProjectConfig } from '../engine/config/project-config.js';
import type { Snapshot } from '../engine/snapshot/types.js';
import type { Io } from './io.js';
import type { CollectorFlags } from './obtain-snapshot.js';
import { progressFor } from './progress.js';
import { sourceConfigOf } from './source-config.js';

/**
 * Runs every collector the flags ask for, one target after another, and assembles one snapshot.
 * A failed target is kept as a `failed` source (never dropped): the caller fails closed on it.
 * Each failure's paragraph goes to stderr as `target: reason`.
 */
export async function collectSnapshot(flags: CollectorFlags, config: ProjectConfig, io: Io): Promise<{ snapshot: Snapshot; failedSources: number }> {
  const progress = progressFor(io);
  // Validate the source block before any connection is made: configuration errors come first.
  const sourceConfig = flags.source?.length ? sourceConfigOf(config) : undefined;
  const results: CollectorResult[] = [];
  for (const url of flags.postgres ?? []) results.push(await collectPostgres(url, { progress }));
  for (const target of flags['cloud-run'] ?? []) results.push(await collectCloudRunLive(target, { progress }));
  for (const file of flags['cloud-run-export'] ?? []) {
    results.push(await collectCloudRunExport(path.resolve(io.cwd, file), { progress }));
  }
  for (const dir of flags.source ?? []) {
    results.push(await collectSource(path.resolve(io.cwd, dir), sourceConfig!, { progress, label: dir }));
  }
  const failed = results.filter((r) => r.status === 'failed');
  for (const r of failed) io.stderr(`${r.source.target}: ${r.source.error}\n`);
  return { snapshot: assembleSnapshot(results), failedSources: failed.length };
}
