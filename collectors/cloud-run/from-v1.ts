import type { Findings } from './findings.js';
import { arr, isAbsent, obj, readBool, readInt, readString, unreadable } from './scalars.js';
import { isPlaceholder } from './templates.js';
import { LOCATION_LABEL, V1 } from './v1-annotations.js';
import type { V2Condition, V2EnvVar, V2Probe, V2Service, V2TrafficTarget, V2VpcAccess } from './v2-types.js';

/** A v1 export converted: the v2-shaped service plus the identity only v1 metadata carries. */
export interface ConvertedService {
  project: string;
  region: string;
  service: V2Service;
}

/** Field prefix of v1 containers, so normalize names v1 paths in what it reports. */
export const V1_CONTAINERS_FIELD = 'spec.template.spec.containers';

/**
 * Converts a Knative `serving.knative.dev/v1` Service (`gcloud run services describe`) to the v2
 * shape, applying v1's own defaults for absent annotations (ingress all, CPU throttled, boost off).
 * Revision-level flags become per-container flags, as v2 has them. Container fields that v1 and v2
 * share (ports, limits, probes) pass through for normalize to read, which names them by v1 path.
 */
export function fromV1(document: unknown, findings: Findings): ConvertedService {
  const metadata = obj(obj(document).metadata);
  const spec = obj(obj(document).spec);
  const template = obj(spec.template);
  const serviceAnnotations = obj(metadata.annotations);
  const annotations = obj(obj(template.metadata).annotations);
  const templateSpec = obj(template.spec);
  const status = obj(obj(document).status);
  const int = (map: Record<string, unknown>, key: string): number | undefined => readInt(map[key], `annotation ${key}`, findings);
  const name = readString(metadata.name);
  if (name === undefined) findings.problem('metadata.name is missing');
  const startupCpuBoost = readBool(annotations[V1.startupCpuBoost], `annotation ${V1.startupCpuBoost}`, findings) ?? false;
  const cpuIdle = readBool(annotations[V1.cpuThrottling], `annotation ${V1.cpuThrottling}`, findings) ?? true;
  const aliases = secretAliases(annotations[V1.secrets]);
  return {
    project: identity(metadata.namespace, 'metadata.namespace (the project)', findings),
    region: identity(obj(metadata.labels)[LOCATION_LABEL], `label ${LOCATION_LABEL} (the region)`, findings),
    service: {
      name,
      uri: readString(status.url) ?? readString(obj(status.address).url),
      ingress: choice(serviceAnnotations, V1.ingress, INGRESS, findings) ?? 'INGRESS_TRAFFIC_ALL',
      scaling: { minInstanceCount: int(serviceAnnotations, V1.serviceMinScale), maxInstanceCount: int(serviceAnnotations, V1.serviceMaxScale) },
      template: {
        scaling: { minInstanceCount: int(annotations, V1.minScale), maxInstanceCount: int(annotations, V1.maxScale) },
        executionEnvironment: choice(annotations, V1.executionEnvironment, EXECUTION_ENVIRONMENT, findings),
        serviceAccount: templateSpec.serviceAccountName,
        maxInstanceRequestConcurrency: readInt(templateSpec.containerConcurrency, 'spec.template.spec.containerConcurrency', findings),
        timeout: readInt(templateSpec.timeoutSeconds, 'spec.template.spec.timeoutSeconds', findings),
        vpcAccess: vpcAccess(annotations, findings),
        containers: arr(templateSpec.containers).map((value) => {
          const c = obj(value);
          // Picked field by field: args, command and literal values stay behind.
          return {
            name: c.name, image: c.image, ports: arr(c.ports).map(obj), startupProbe: probe(c.startupProbe), livenessProbe: probe(c.livenessProbe), readinessProbe: probe(c.readinessProbe),
            resources: { limits: obj(obj(c.resources).limits), cpuIdle, startupCpuBoost },
            env: arr(c.env).map((e) => envVar(e, aliases)),
          };
        }),
      },
      traffic: arr(spec.traffic).map((target, index) => trafficTarget(obj(target), `spec.traffic[${index}]`, findings)),
      terminalCondition: readyCondition(status.conditions),
    },
  };
}

const INGRESS = { all: 'INGRESS_TRAFFIC_ALL', internal: 'INGRESS_TRAFFIC_INTERNAL_ONLY', 'internal-and-cloud-load-balancing': 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', none: 'INGRESS_TRAFFIC_NONE' };
const EXECUTION_ENVIRONMENT = { gen1: 'EXECUTION_ENVIRONMENT_GEN1', gen2: 'EXECUTION_ENVIRONMENT_GEN2' };
const VPC_EGRESS = { 'all-traffic': 'ALL_TRAFFIC', all: 'ALL_TRAFFIC', 'private-ranges-only': 'PRIVATE_RANGES_ONLY' };
const READY = { true: 'CONDITION_SUCCEEDED', false: 'CONDITION_FAILED', unknown: 'CONDITION_RECONCILING' };

/** An annotation with a closed set of values, matched case-insensitively; undefined when absent. */
function choice(map: Record<string, unknown>, annotation: string, choices: Record<string, string>, findings: Findings): string | undefined {
  const value = map[annotation];
  if (isAbsent(value)) return undefined;
  const key = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const known = key !== undefined && Object.hasOwn(choices, key) ? choices[key] : undefined;
  return known ?? unreadable(value, `annotation ${annotation}`, `one of ${Object.keys(choices).join(', ')}`, findings);
}

function identity(value: unknown, field: string, findings: Findings): string {
  const text = readString(value);
  if (text !== undefined) return text;
  findings.note(`${field} is absent, read as "unknown"`);
  return 'unknown';
}

/** Serverless VPC connector or Direct VPC; v1's default egress with either is private-ranges-only. */
function vpcAccess(annotations: Record<string, unknown>, findings: Findings): V2VpcAccess | null {
  const connector = readString(annotations[V1.vpcConnector]);
  const networkInterfaces = directVpc(annotations[V1.networkInterfaces], findings);
  if (connector === undefined && networkInterfaces.length === 0) return null;
  return { connector, egress: choice(annotations, V1.vpcEgress, VPC_EGRESS, findings) ?? 'PRIVATE_RANGES_ONLY', networkInterfaces };
}

function directVpc(value: unknown, findings: Findings): unknown[] {
  if (isAbsent(value)) return [];
  if (isPlaceholder(value)) return (unreadable(value, `annotation ${V1.networkInterfaces}`, 'a JSON array', findings), []);
  try {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // reported below
  }
  findings.problem(`annotation ${V1.networkInterfaces} is not a JSON array of network interfaces`);
  return [];
}

/** v1 and v2 probes share their fields; only an object is a probe. */
function probe(value: unknown): V2Probe | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as V2Probe) : null;
}

/** `alias:projects/N/secrets/S,…` as a map; entries without a colon are ignored. */
function secretAliases(value: unknown): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const entry of (readString(value) ?? '').split(',')) {
    const colon = entry.indexOf(':');
    if (colon > 0) aliases.set(entry.slice(0, colon).trim(), entry.slice(colon + 1).trim());
  }
  return aliases;
}

/** v1 `secretKeyRef {name, key}` is v2 `{secret, version}`; the literal `value` is left behind. */
function envVar(value: unknown, aliases: Map<string, string>): V2EnvVar {
  const variable = obj(value);
  const ref = obj(obj(variable.valueFrom).secretKeyRef);
  if (Object.keys(ref).length === 0) return { name: variable.name };
  const secret = readString(ref.name);
  return { name: variable.name, valueSource: { secretKeyRef: { secret: secret === undefined ? undefined : (aliases.get(secret) ?? secret), version: readString(ref.key) } } };
}

function trafficTarget(target: Record<string, unknown>, field: string, findings: Findings): V2TrafficTarget {
  const latest = readBool(target.latestRevision, `${field}.latestRevision`, findings) ?? false;
  const revision = latest ? undefined : readString(target.revisionName);
  return {
    // Neither flag nor name: left untyped, which normalize reads as "latest" as Knative does.
    type: latest ? 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST' : revision ? 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION' : undefined,
    revision,
    percent: readInt(target.percent, `${field}.percent`, findings),
    tag: target.tag,
  };
}

/** `status.conditions[type=Ready].status` True/False/Unknown as a v2 terminal condition. */
function readyCondition(conditions: unknown): V2Condition | null {
  const ready = arr(conditions).map(obj).find((condition) => condition.type === 'Ready');
  const status = typeof ready?.status === 'string' ? ready.status.trim().toLowerCase() : undefined;
  const state = status !== undefined && Object.hasOwn(READY, status) ? READY[status as keyof typeof READY] : undefined;
  return state === undefined ? null : { type: 'Ready', state };
}
