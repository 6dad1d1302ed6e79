/** The exact facts the collector must produce for the fixtures, written out by hand from the audit. */
import type { CloudRunService, EnvVar } from '../../../engine/snapshot/types.js';

const secret = (name: string, id: string): EnvVar => ({ name, source: 'secret', secret: id, version: 'latest' });
const literal = (name: string): EnvVar => ({ name, source: 'literal', secret: null, version: null });

const NIKITA_ENV: EnvVar[] = [
  secret('DATABASE_URL', 'database-url'),
  literal('ENVIRONMENT'),
  literal('LOG_LEVEL'),
  secret('SUPABASE_SERVICE_KEY', 'supabase-service-key'),
  literal('SUPABASE_URL'),
  secret('TELEGRAM_WEBHOOK_SECRET', 'telegram-webhook-secret'),
];

/** Audit C.1: no min instances, max 10, 1 vCPU, 512 Mi, boost on, default TCP probe 240/240/1, execution environment not set. */
export function nikitaApiFact(origin: CloudRunService['origin']): CloudRunService {
  return {
    project: 'nikita-prod',
    region: 'us-central1',
    name: 'nikita-api',
    origin,
    uri: 'https://nikita-api-q3xk7m2vha-uc.a.run.app',
    ready: 'true',
    ingress: 'all',
    serviceAccount: 'nikita-api@nikita-prod.iam.gserviceaccount.com',
    executionEnvironment: 'unspecified',
    minInstances: { revision: 0, service: null, effective: 0 },
    maxInstances: { revision: 10, service: null },
    concurrency: 80,
    timeoutSeconds: 300,
    vpcAccess: null,
    traffic: [{ type: 'latest', revision: null, percent: 100, tag: null }],
    containers: [{
      name: '',
      image: 'us-central1-docker.pkg.dev/nikita-prod/nikita/nikita-api:sha-4e7d2b1',
      cpu: 1,
      memoryBytes: 536870912,
      startupCpuBoost: true,
      cpuIdle: true,
      ports: [8080],
      startupProbe: {
        type: 'tcp', port: 8080, path: null,
        initialDelaySeconds: 0, timeoutSeconds: 240, periodSeconds: 240, failureThreshold: 1, windowSeconds: 240,
      },
      livenessProbe: null,
      readinessProbe: null,
      env: NIKITA_ENV,
    }],
  };
}

/** The same service after the audit's recommendations (fixtures/cloud-run/hardened.yaml and v2-hardened.json). */
export function hardenedFact(): CloudRunService {
  const fact = nikitaApiFact('export');
  const [container] = fact.containers;
  return {
    ...fact,
    executionEnvironment: 'gen2',
    minInstances: { revision: 1, service: null, effective: 1 },
    containers: [{
      ...container!,
      startupProbe: {
        type: 'http', port: 8080, path: '/healthz',
        initialDelaySeconds: 0, timeoutSeconds: 5, periodSeconds: 10, failureThreshold: 6, windowSeconds: 60,
      },
    }],
  };
}
