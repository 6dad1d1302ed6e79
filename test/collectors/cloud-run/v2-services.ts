/**
 * v2 services as the Admin API returns them (Node client shape), for the fake server. `nikitaApi`
 * is the v2 equivalent of fixtures/nikita/cloud-run/nikita-api.yaml: what Cloud Run answers for the
 * service that export describes.
 */
import type { FakeService } from '../../helpers/cloud-run-fake-server.js';

const literal = (name: string, value: string) => ({ name, value });
const secret = (name: string, id: string) => ({ name, valueSource: { secretKeyRef: { secret: id, version: 'latest' } } });

export function nikitaApi(): FakeService {
  return {
    name: 'projects/nikita-prod/locations/us-central1/services/nikita-api',
    uid: '3b8e5f0c-1d2a-4f6e-9a7b-5c4d3e2f1a0b',
    generation: '87',
    client: 'gcloud',
    clientVersion: '540.0.0',
    ingress: 'INGRESS_TRAFFIC_ALL',
    launchStage: 'GA',
    template: {
      scaling: { minInstanceCount: 0, maxInstanceCount: 10 },
      timeout: { seconds: '300', nanos: 0 },
      serviceAccount: 'nikita-api@nikita-prod.iam.gserviceaccount.com',
      executionEnvironment: 'EXECUTION_ENVIRONMENT_UNSPECIFIED',
      maxInstanceRequestConcurrency: 80,
      containers: [{
        image: 'us-central1-docker.pkg.dev/nikita-prod/nikita/nikita-api:sha-4e7d2b1',
        env: [
          literal('ENVIRONMENT', 'production'),
          literal('LOG_LEVEL', 'info'),
          literal('SUPABASE_URL', 'https://nikitaprodexample.supabase.co'),
          secret('TELEGRAM_WEBHOOK_SECRET', 'telegram-webhook-secret'),
          secret('DATABASE_URL', 'database-url'),
          secret('SUPABASE_SERVICE_KEY', 'supabase-service-key'),
        ],
        resources: { limits: { cpu: '1000m', memory: '512Mi' }, cpuIdle: true, startupCpuBoost: true },
        ports: [{ name: 'http1', containerPort: 8080 }],
        startupProbe: { timeoutSeconds: 240, periodSeconds: 240, failureThreshold: 1, tcpSocket: { port: 8080 } },
      }],
    },
    traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }],
    terminalCondition: { type: 'Ready', state: 'CONDITION_SUCCEEDED' },
    latestReadyRevision: 'projects/nikita-prod/locations/us-central1/services/nikita-api/revisions/nikita-api-00087-xog',
    uri: 'https://nikita-api-q3xk7m2vha-uc.a.run.app',
  };
}

/** A minimal service named `name` in `parent` (`projects/P/locations/L`). */
export function plainService(parent: string, name: string): FakeService {
  return {
    name: `${parent}/services/${name}`,
    ingress: 'INGRESS_TRAFFIC_INTERNAL_ONLY',
    template: { containers: [{ image: `gcr.io/example/${name}:1`, ports: [{ containerPort: 8080 }] }] },
    terminalCondition: { type: 'Ready', state: 'CONDITION_RECONCILING' },
  };
}
