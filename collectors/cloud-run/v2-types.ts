/**
 * A Cloud Run Admin API v2 Service as factgate reads it: the Node client's objects (enum names,
 * Duration `{seconds: '300', nanos: 0}`, int64 as strings, unset scalars as 0/''/false, unset
 * messages as null) and proto3 JSON files (Duration `'300s'`, default values omitted). Scalars are
 * `unknown` on purpose: the normalizer reads each one with a tolerant reader and says what it could
 * not read. v1 (Knative) exports are converted to this shape first, so one normalizer serves both.
 */
export interface V2Service {
  name?: unknown;
  uri?: unknown;
  ingress?: unknown;
  scaling?: V2Scaling | null;
  template?: V2Template | null;
  traffic?: V2TrafficTarget[] | null;
  terminalCondition?: V2Condition | null;
  conditions?: V2Condition[] | null;
}

export interface V2Scaling {
  minInstanceCount?: unknown;
  maxInstanceCount?: unknown;
}

export interface V2Template {
  scaling?: V2Scaling | null;
  executionEnvironment?: unknown;
  serviceAccount?: unknown;
  maxInstanceRequestConcurrency?: unknown;
  timeout?: unknown;
  vpcAccess?: V2VpcAccess | null;
  containers?: V2Container[] | null;
}

export interface V2VpcAccess {
  connector?: unknown;
  egress?: unknown;
  networkInterfaces?: unknown[] | null;
}

export interface V2Container {
  name?: unknown;
  image?: unknown;
  ports?: { containerPort?: unknown }[] | null;
  resources?: { limits?: Record<string, unknown> | null; cpuIdle?: unknown; startupCpuBoost?: unknown } | null;
  env?: V2EnvVar[] | null;
  startupProbe?: V2Probe | null;
  livenessProbe?: V2Probe | null;
  readinessProbe?: V2Probe | null;
}

/** A literal's `value` is deliberately not part of this type: nothing downstream may read it. */
export interface V2EnvVar {
  name?: unknown;
  valueSource?: { secretKeyRef?: { secret?: unknown; version?: unknown } | null } | null;
}

export interface V2Probe {
  initialDelaySeconds?: unknown;
  timeoutSeconds?: unknown;
  periodSeconds?: unknown;
  failureThreshold?: unknown;
  httpGet?: { path?: unknown; port?: unknown } | null;
  tcpSocket?: { port?: unknown } | null;
  grpc?: { port?: unknown } | null;
}

export interface V2TrafficTarget {
  type?: unknown;
  revision?: unknown;
  percent?: unknown;
  tag?: unknown;
}

export interface V2Condition {
  type?: unknown;
  state?: unknown;
}
