import type { CloudRunContainer, CloudRunService } from '../../engine/snapshot/types.js';
import { readDurationSeconds } from './duration.js';
import { normalizeEnv } from './env.js';
import { CONDITION_STATE, EXECUTION_ENVIRONMENT, INGRESS, VPC_EGRESS, readEnum } from './enums.js';
import type { Findings } from './findings.js';
import { compareText as compare } from '../compare-text.js';
import { DEFAULT_CONTAINER_PORT, normalizeProbe } from './probes.js';
import { parseCpu, parseMemory } from './quantities.js';
import { arr, obj, readBool, readInt, readString } from './scalars.js';
import { normalizeTraffic } from './traffic.js';
import type { V2Container, V2Service } from './v2-types.js';

/** Where a service comes from: identity the caller knows better than the object (the live target, a v1 namespace). */
export interface ServiceOrigin {
  project: string;
  region: string;
  origin: CloudRunService['origin'];
  /** Path of the containers list in the input, for what findings say: `template.containers` (v2) or `spec.template.spec.containers` (v1). */
  containersField: string;
}

/** Cloud Run's request timeout when none is set. */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/**
 * The one path from a v2-shaped service (live, v2 file, or converted v1 export) to the fact.
 * Absent-value rules follow proto3: 0 / '' / false / null are "unset". Unreadable values go to
 * `findings`; the caller decides whether the service can be trusted.
 */
export function normalizeService(service: V2Service, from: ServiceOrigin, findings: Findings): CloudRunService {
  const template = obj(service.template);
  const revisionScaling = obj(template.scaling);
  const serviceScaling = obj(service.scaling);
  const revisionMin = readInt(revisionScaling.minInstanceCount, 'template.scaling.minInstanceCount', findings) ?? 0;
  // proto3 cannot tell a service-level 0 from "not set"; both mean no service-level minimum.
  const serviceMin = readInt(serviceScaling.minInstanceCount, 'scaling.minInstanceCount', findings) || null;
  return {
    project: from.project,
    region: from.region,
    name: readString(service.name)?.split('/').pop() ?? '',
    origin: from.origin,
    uri: readString(service.uri) ?? null,
    ready: readiness(service, findings),
    ingress: readEnum(service.ingress, INGRESS, 'ingress', findings),
    serviceAccount: readString(template.serviceAccount) ?? null,
    executionEnvironment: readEnum(template.executionEnvironment, EXECUTION_ENVIRONMENT, 'template.executionEnvironment', findings),
    minInstances: { revision: revisionMin, service: serviceMin, effective: Math.max(revisionMin, serviceMin ?? 0) },
    maxInstances: {
      revision: readInt(revisionScaling.maxInstanceCount, 'template.scaling.maxInstanceCount', findings) || null,
      service: readInt(serviceScaling.maxInstanceCount, 'scaling.maxInstanceCount', findings) || null,
    },
    concurrency: readInt(template.maxInstanceRequestConcurrency, 'template.maxInstanceRequestConcurrency', findings) ?? 0,
    timeoutSeconds: readDurationSeconds(template.timeout, 'template.timeout', findings) || DEFAULT_TIMEOUT_SECONDS,
    vpcAccess: vpcAccess(template.vpcAccess, findings),
    traffic: normalizeTraffic(arr(service.traffic), findings),
    containers: arr(template.containers)
      .map((container, index) => normalizeContainer(obj(container), `${from.containersField}[${index}]`, findings))
      .sort((a, b) => compare(a.name, b.name)),
  };
}

function normalizeContainer(container: V2Container, field: string, findings: Findings): CloudRunContainer {
  const resources = obj(container.resources);
  const limits = obj(resources.limits);
  const ports = arr(container.ports).flatMap((port, index) => {
    const number = readInt(obj(port).containerPort, `${field}.ports[${index}].containerPort`, findings);
    return number ? [number] : [];
  });
  const probePort = ports[0] ?? DEFAULT_CONTAINER_PORT;
  return {
    name: readString(container.name) ?? '',
    image: readString(container.image) ?? '',
    cpu: parseCpu(limits.cpu, `${field}.resources.limits.cpu`, findings),
    memoryBytes: parseMemory(limits.memory, `${field}.resources.limits.memory`, findings),
    startupCpuBoost: readBool(resources.startupCpuBoost, `${field}.resources.startupCpuBoost`, findings) ?? false,
    cpuIdle: readBool(resources.cpuIdle, `${field}.resources.cpuIdle`, findings) ?? false,
    ports,
    startupProbe: normalizeProbe(container.startupProbe, probePort, `${field}.startupProbe`, findings),
    livenessProbe: normalizeProbe(container.livenessProbe, probePort, `${field}.livenessProbe`, findings),
    readinessProbe: normalizeProbe(container.readinessProbe, probePort, `${field}.readinessProbe`, findings),
    env: normalizeEnv(arr(container.env)),
  };
}

/** The terminal condition when there is one, else the `Ready` entry of `conditions`. */
function readiness(service: V2Service, findings: Findings): CloudRunService['ready'] {
  const terminal = obj(service.terminalCondition);
  const condition = 'state' in terminal ? terminal : obj(arr(service.conditions).find((c) => obj(c).type === 'Ready'));
  return readEnum(condition.state, CONDITION_STATE, 'terminalCondition.state', findings);
}

/** null unless a connector or Direct VPC interfaces are configured; v2 reports an empty object otherwise. */
function vpcAccess(value: unknown, findings: Findings): CloudRunService['vpcAccess'] {
  const access = obj(value);
  const connector = readString(access.connector) ?? null;
  if (!connector && arr(access.networkInterfaces).length === 0) return null;
  return { connector, egress: readEnum(access.egress, VPC_EGRESS, 'template.vpcAccess.egress', findings) };
}
