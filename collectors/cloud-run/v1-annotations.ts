/**
 * The Knative v1 annotations factgate reads (names from gcloud's own constants, see
 * docs/collectors/cloud-run.md for the mapping and the defaults). S = service `metadata.annotations`,
 * T = `spec.template.metadata.annotations`. All values are strings in real exports.
 */
export const V1 = {
  /** S: `all` | `internal` | `internal-and-cloud-load-balancing` (absent: all). */
  ingress: 'run.googleapis.com/ingress',
  /** S: service-level min instances. */
  serviceMinScale: 'run.googleapis.com/minScale',
  /** S: service-level max instances. */
  serviceMaxScale: 'run.googleapis.com/maxScale',
  /** T: revision-level min instances (absent: 0). */
  minScale: 'autoscaling.knative.dev/minScale',
  /** T: revision-level max instances (absent: server default 100). */
  maxScale: 'autoscaling.knative.dev/maxScale',
  /** T: `gen1` | `gen2` (absent: Cloud Run chooses). */
  executionEnvironment: 'run.googleapis.com/execution-environment',
  /** T: `'true'` turns startup CPU boost on for every container (absent: off). */
  startupCpuBoost: 'run.googleapis.com/startup-cpu-boost',
  /** T: `'false'` = CPU always allocated (absent: throttled, i.e. cpuIdle). */
  cpuThrottling: 'run.googleapis.com/cpu-throttling',
  /** T: Serverless VPC Access connector. */
  vpcConnector: 'run.googleapis.com/vpc-access-connector',
  /** T: `all-traffic` (legacy `all`) | `private-ranges-only`. */
  vpcEgress: 'run.googleapis.com/vpc-access-egress',
  /** T: Direct VPC interfaces, a JSON array. */
  networkInterfaces: 'run.googleapis.com/network-interfaces',
  /** T: `alias:projects/N/secrets/S,…`, names for secrets of other projects. */
  secrets: 'run.googleapis.com/secrets',
} as const;

/** metadata.labels key holding the region. */
export const LOCATION_LABEL = 'cloud.googleapis.com/location';
