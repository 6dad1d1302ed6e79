import type { CloudRunService } from '../../engine/snapshot/types.js';

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Services in snapshot order: project, region, name. */
export function byServiceIdentity(a: CloudRunService, b: CloudRunService): number {
  return compare(a.project, b.project) || compare(a.region, b.region) || compare(a.name, b.name);
}
