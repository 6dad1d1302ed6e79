import path from 'node:path';
import type { ProjectConfig } from '../engine/config/project-config.js';
import { FactgateError } from '../engine/errors.js';
import { messages } from '../engine/error-messages.js';
import { loadSnapshot } from '../engine/snapshot/load-snapshot.js';
import type { Snapshot } from '../engine/snapshot/types.js';
import type { Io } from './io.js';

export const collectorOptions = {
  snapshot: { type: 'string' },
  postgres: { type: 'string', multiple: true },
  'cloud-run': { type: 'string', multiple: true },
  'cloud-run-export': { type: 'string', multiple: true },
  source: { type: 'string', multiple: true },
  'allow-partial': { type: 'boolean' },
} as const;

export interface CollectorFlags {
  snapshot?: string | undefined;
  postgres?: string[] | undefined;
  'cloud-run'?: string[] | undefined;
  'cloud-run-export'?: string[] | undefined;
  source?: string[] | undefined;
}

/** The snapshot to evaluate: read from --snapshot, or collected live from the collector flags. */
export async function obtainSnapshot(flags: CollectorFlags, config: ProjectConfig, io: Io): Promise<{ snapshot: Snapshot; failedSources: number }> {
  const collecting = Boolean(flags.postgres?.length || flags['cloud-run']?.length || flags['cloud-run-export']?.length || flags.source?.length);
  if (flags.snapshot && collecting) throw new FactgateError('usage', messages.usage('use either --snapshot or collector flags (--postgres, --cloud-run, --cloud-run-export, --source), not both.'));
  if (flags.snapshot) {
    const snapshot = await loadSnapshot(path.resolve(io.cwd, flags.snapshot));
    return { snapshot, failedSources: snapshot.sources.filter((s) => s.status === 'failed').length };
  }
  if (!collecting) throw new FactgateError('usage', messages.usage('nothing to check: give --snapshot FILE, or collector flags (--postgres URL, --cloud-run PROJECT/REGION, --cloud-run-export FILE, --source DIR).'));
  const { collectSnapshot } = await import('./collect-snapshot.js');
  return collectSnapshot(flags, config, io);
}
