import type { CloudRunService } from '../../engine/snapshot/types.js';
import type { CollectorResult } from '../types.js';
import { byServiceIdentity } from './order.js';

type Stats = Record<string, number | string | boolean>;

/** A complete collection: services sorted (project, region, name); notes, when any, in `stats.notes`. */
export function okResult(target: string, services: CloudRunService[], stats: Stats, notes: string[], started: number): CollectorResult {
  return {
    status: 'ok',
    source: {
      collector: 'cloudRun',
      target,
      status: 'ok',
      error: null,
      durationMs: elapsed(started),
      stats: notes.length > 0 ? { ...stats, notes: notes.join('; ') } : stats,
    },
    facts: { cloudRun: { services: [...services].sort(byServiceIdentity) } },
  };
}

export function failedResult(target: string, error: string, started: number): CollectorResult {
  return { status: 'failed', source: { collector: 'cloudRun', target, status: 'failed', error, durationMs: elapsed(started) } };
}

/** The first identity (project/region/name) that occurs twice, if any. */
export function duplicateService(services: CloudRunService[]): string | undefined {
  const seen = new Set<string>();
  for (const service of services) {
    const id = `${service.project}/${service.region}/${service.name}`;
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

function elapsed(started: number): number {
  return Math.max(0, Math.round(performance.now() - started));
}
