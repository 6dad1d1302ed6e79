import type { CloudRunService } from '../../engine/snapshot/types.js';
import { TRAFFIC_TYPE, readEnum } from './enums.js';
import type { Findings } from './findings.js';
import { compareText as compare } from '../compare-text.js';
import { isAbsent, obj, readInt, readString } from './scalars.js';
import type { V2TrafficTarget } from './v2-types.js';

type Traffic = CloudRunService['traffic'][number];

/**
 * The traffic split with short revision names (v2 may give `projects/…/revisions/X`), sorted by
 * type, revision and tag. No targets at all means Cloud Run's default: 100% to the latest revision.
 * An untyped target is `revision` when it names one, else `latest`.
 */
export function normalizeTraffic(targets: readonly unknown[], findings: Findings): Traffic[] {
  if (targets.length === 0) return [{ type: 'latest', revision: null, percent: 100, tag: null }];
  return targets
    .map((value, index): Traffic => {
      const target: V2TrafficTarget = obj(value);
      const revision = readString(target.revision)?.split('/').pop() ?? null;
      const untyped = isAbsent(target.type) || target.type === 0 || target.type === TRAFFIC_TYPE.names[0];
      const type = untyped ? (revision ? 'revision' : 'latest') : readEnum(target.type, TRAFFIC_TYPE, `traffic[${index}].type`, findings);
      const percent = readInt(target.percent, `traffic[${index}].percent`, findings) ?? 0;
      return { type, revision, percent, tag: readString(target.tag) ?? null };
    })
    .sort((a, b) => compare(a.type, b.type) || compare(a.revision ?? '', b.revision ?? '') || compare(a.tag ?? '', b.tag ?? ''));
}
