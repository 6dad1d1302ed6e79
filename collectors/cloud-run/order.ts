import type { CloudRunService } from '../../engine/snapshot/types.js';
import { compareText as compare } from '../compare-text.js';

/** Services in snapshot order: project, region, name. */
export function byServiceIdentity(a: CloudRunService, b: CloudRunService): number {
  return compare(a.project, b.project) || compare(a.region, b.region) || compare(a.name, b.name);
}
