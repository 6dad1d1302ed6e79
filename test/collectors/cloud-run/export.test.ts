import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCloudRunExport } from '../../../collectors/cloud-run/index.js';
import type { CollectorResult } from '../../../collectors/types.js';
import type { CloudRunService } from '../../../engine/snapshot/types.js';
import { hardenedFact, nikitaApiFact } from './expected.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'factgate-cloud-run-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(text: string, name = 'service.yaml'): Promise<CollectorResult> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return collectCloudRunExport(file);
}
const services = (result: CollectorResult): CloudRunService[] => (result.status === 'ok' ? result.facts.cloudRun?.services ?? [] : []);
const error = (result: CollectorResult): string | null => result.source.error;

describe('collectCloudRunExport on the fixtures', () => {
  it('given the audited service export, should give exactly the audited facts', async () => {
    const result = await collectCloudRunExport('fixtures/nikita/cloud-run/nikita-api.yaml');
    expect(result).toEqual({
      status: 'ok',
      source: {
        collector: 'cloudRun', target: 'fixtures/nikita/cloud-run/nikita-api.yaml', status: 'ok', error: null,
        durationMs: expect.any(Number), stats: { documents: 1, services: 1 },
      },
      facts: { cloudRun: { services: [nikitaApiFact('export')] } },
    });
  });

  it('given the hardened export, should read min 1, gen2 and a 60 s startup window', async () => {
    expect(services(await collectCloudRunExport('fixtures/cloud-run/hardened.yaml'))).toEqual([hardenedFact()]);
  });

  it('given the v2 JSON of the hardened service, should give the same facts as its v1 export', async () => {
    expect(services(await collectCloudRunExport('fixtures/cloud-run/v2-hardened.json'))).toEqual([hardenedFact()]);
  });

  it('given a multi-document file, should read every service, skip the empty document and sort by project, region, name', async () => {
    const result = await collectCloudRunExport('fixtures/cloud-run/multi-document.yaml');
    expect(result.status === 'ok' && result.source.stats).toEqual({ documents: 3, services: 2 });
    const [admin, worker] = services(result);
    expect(admin).toEqual({
      project: '871203947561', region: 'europe-west1', name: 'nikita-admin', origin: 'export', uri: null, ready: 'unknown',
      ingress: 'internal-and-cloud-load-balancing', serviceAccount: 'nikita-admin@nikita-prod.iam.gserviceaccount.com',
      executionEnvironment: 'gen2', minInstances: { revision: 0, service: 2, effective: 2 }, maxInstances: { revision: 4, service: null },
      concurrency: 40, timeoutSeconds: 60,
      vpcAccess: { connector: 'projects/nikita-prod/locations/europe-west1/connectors/admin-egress', egress: 'all-traffic' },
      traffic: [{ type: 'latest', revision: null, percent: 100, tag: null }],
      containers: [{
        name: '', image: 'europe-west1-docker.pkg.dev/nikita-prod/nikita/nikita-admin:v2.3.1', cpu: 2, memoryBytes: 1073741824,
        startupCpuBoost: false, cpuIdle: false, ports: [3000], startupProbe: null,
        livenessProbe: { type: 'http', port: 3000, path: '/livez', initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, failureThreshold: 3, windowSeconds: 30 },
        readinessProbe: null,
        env: [
          { name: 'ADMIN_ORIGIN', source: 'literal', secret: null, version: null },
          { name: 'SIGNING_KEY', source: 'secret', secret: 'projects/100200300400/secrets/signing-key', version: '3' },
        ],
      }],
    });
    expect(worker).toEqual({
      project: 'nikita-prod', region: 'us-central1', name: 'nikita-worker', origin: 'export', uri: 'https://nikita-worker-q3xk7m2vha-uc.a.run.app',
      ready: 'false', ingress: 'internal', serviceAccount: null, executionEnvironment: 'gen1',
      minInstances: { revision: 0, service: null, effective: 0 }, maxInstances: { revision: 3, service: null },
      concurrency: 1, timeoutSeconds: 900, vpcAccess: null,
      traffic: [
        { type: 'revision', revision: 'nikita-worker-00011-old', percent: 90, tag: null },
        { type: 'revision', revision: 'nikita-worker-00012-new', percent: 10, tag: 'canary' },
      ],
      containers: [
        {
          name: 'collector', image: 'us-docker.pkg.dev/cloud-ops-agents-artifacts/cloud-run-gmp-sidecar/cloud-run-gmp-sidecar:1.1.1',
          cpu: 0.25, memoryBytes: 134217728, startupCpuBoost: false, cpuIdle: true, ports: [],
          startupProbe: null, livenessProbe: null, readinessProbe: null, env: [],
        },
        {
          name: 'worker', image: 'us-central1-docker.pkg.dev/nikita-prod/nikita/nikita-worker:v12', cpu: 0.5, memoryBytes: 268435456,
          startupCpuBoost: false, cpuIdle: true, ports: [8080],
          startupProbe: { type: 'grpc', port: 8080, path: null, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, failureThreshold: 3, windowSeconds: 35 },
          livenessProbe: null, readinessProbe: null, env: [],
        },
      ],
    });
  });

  it('given a hand-written template, should load it, read placeholders as absent and say so in stats.notes', async () => {
    const result = await collectCloudRunExport('fixtures/cloud-run/templated.yaml');
    expect(result.status === 'ok' && result.source.stats).toEqual({
      documents: 1,
      services: 1,
      notes: 'service nikita-api: annotation autoscaling.knative.dev/minScale is a placeholder, read as absent; '
        + 'service nikita-api: annotation autoscaling.knative.dev/maxScale is a placeholder, read as absent; '
        + 'service nikita-api: spec.template.spec.containers[0].startupProbe.periodSeconds is a placeholder, read as absent',
    });
    const [service] = services(result);
    expect(service).toMatchObject({
      project: '${PROJECT_ID}', region: 'us-east1', ingress: 'all', concurrency: 20, timeoutSeconds: 120,
      minInstances: { revision: 0, service: null, effective: 0 }, maxInstances: { revision: null, service: null },
    });
    expect(service?.containers).toEqual([{
      name: '', image: '{{ .Values.image }}', cpu: 1, memoryBytes: 536870912, startupCpuBoost: true, cpuIdle: false, ports: [8080],
      startupProbe: { type: 'tcp', port: 8080, path: null, initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, failureThreshold: 3, windowSeconds: 30 },
      livenessProbe: null, readinessProbe: null,
      env: [
        { name: 'LOG_LEVEL', source: 'literal', secret: null, version: null },
        { name: 'TELEGRAM_WEBHOOK_SECRET', source: 'secret', secret: 'telegram-webhook-secret', version: 'latest' },
      ],
    }]);
  });

  it('given the same file twice, should give byte-identical facts', async () => {
    const once = await collectCloudRunExport('fixtures/cloud-run/multi-document.yaml');
    const twice = await collectCloudRunExport('fixtures/cloud-run/multi-document.yaml');
    expect(JSON.stringify(services(twice))).toBe(JSON.stringify(services(once)));
  });
});

const V1_HEAD = 'apiVersion: serving.knative.dev/v1\nkind: Service\n';

describe('collectCloudRunExport on other shapes', () => {
  it('given a v1 List, a JSON array and a v2 {services} list, should read each member', async () => {
    const member = (name: string) => ({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name, namespace: 'p', labels: { 'cloud.googleapis.com/location': 'us-east1' } } });
    const list = await collect(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [member('b'), member('a')] }), 'list.json');
    const array = await collect(JSON.stringify([member('c')]), 'array.json');
    const v2 = await collect(JSON.stringify({ services: [{ name: 'projects/p/locations/us-east1/services/d', template: {} }], nextPageToken: '' }), 'v2.json');
    expect([list, array, v2].map((r) => services(r).map((s) => `${s.project}/${s.region}/${s.name}`))).toEqual([
      ['p/us-east1/a', 'p/us-east1/b'], ['p/us-east1/c'], ['p/us-east1/d'],
    ]);
  });

  it('given a v1 service without namespace or location label, should read "unknown" and say so', async () => {
    const result = await collect(`${V1_HEAD}metadata:\n  name: lonely\n`);
    expect(services(result).map((s) => [s.project, s.region])).toEqual([['unknown', 'unknown']]);
    expect(result.status === 'ok' && result.source.stats?.notes).toBe(
      'service lonely: metadata.namespace (the project) is absent, read as "unknown"; service lonely: label cloud.googleapis.com/location (the region) is absent, read as "unknown"');
  });

  it("given unquoted numbers and 'False'/'TRUE' booleans, should coerce them", async () => {
    const result = await collect(`${V1_HEAD}metadata:
  name: coerced
  namespace: 123456789012
  annotations: {run.googleapis.com/minScale: 2}
spec:
  template:
    metadata:
      annotations:
        autoscaling.knative.dev/minScale: 1
        autoscaling.knative.dev/maxScale: "7"
        run.googleapis.com/cpu-throttling: 'False'
        run.googleapis.com/startup-cpu-boost: TRUE
        run.googleapis.com/execution-environment: GEN2
    spec:
      timeoutSeconds: '30'
      containers: [{image: x, resources: {limits: {cpu: 2, memory: 1Gi}}}]
  traffic: [{latestRevision: 'true', percent: '100'}]
`);
    const [service] = services(result);
    expect([service?.project, service?.minInstances, service?.maxInstances, service?.executionEnvironment, service?.timeoutSeconds, service?.traffic]).toEqual([
      '123456789012', { revision: 1, service: 2, effective: 2 }, { revision: 7, service: null }, 'gen2', 30,
      [{ type: 'latest', revision: null, percent: 100, tag: null }],
    ]);
    expect(service?.containers.map((c) => [c.cpu, c.memoryBytes, c.cpuIdle, c.startupCpuBoost])).toEqual([[2, 1073741824, false, true]]);
  });
});

describe('collectCloudRunExport failures', () => {
  it('given a missing file, should fail naming it', async () => {
    const file = path.join(dir, 'nope.yaml');
    expect(await collectCloudRunExport(file)).toEqual({
      status: 'failed',
      source: { collector: 'cloudRun', target: file, status: 'failed', error: `Could not read the Cloud Run export ${file}: the file does not exist.`, durationMs: expect.any(Number) },
    });
  });

  it('given a directory, should fail saying so', async () => {
    expect(error(await collectCloudRunExport(dir))).toBe(`Could not read the Cloud Run export ${dir}: it is a directory, not a file.`);
  });

  it("given an unterminated quote on an env value line, should give yaml's line:col and never quote the line", async () => {
    const file = path.join(dir, 'broken.yaml');
    const result = await collect(`${V1_HEAD}spec:\n  template:\n    spec:\n      containers:\n      - env:\n        - name: API_TOKEN\n          value: "tok_live_9f8e7d6c5b4a\n`, 'broken.yaml');
    expect(error(result)).toBe(`${file}:10:1: the Cloud Run export is not valid YAML or JSON: Missing closing "quote. `
      + 'Export the service again with `gcloud run services describe SERVICE --region REGION --format=yaml`.');
    expect(JSON.stringify(result)).not.toContain('tok_live');
  });

  it('given malformed JSON, should give its line:col', async () => {
    const file = path.join(dir, 'broken.json');
    expect(error(await collect('{\n  "name": "projects/p/locations/r/services/s",\n  "template": {\n}', 'broken.json'))).toBe(
      `${file}:4:2: the Cloud Run export is not valid YAML or JSON: Flow map must end with a }. `
      + 'Export the service again with `gcloud run services describe SERVICE --region REGION --format=yaml`.');
  });

  it('given a document that is not a Cloud Run service, should name the document and what it found', async () => {
    const file = path.join(dir, 'deployment.yaml');
    const result = await collect(`${V1_HEAD}metadata: {name: ok, namespace: p}\n---\n# a Kubernetes object\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n`, 'deployment.yaml');
    expect(error(result)).toBe(`${file}:6:1: document 2 is not a Cloud Run service (found apiVersion "apps/v1", kind "Deployment"). `
      + 'factgate reads the output of `gcloud run services describe --format=yaml|json|export` (apiVersion serving.knative.dev/v1, kind Service), '
      + 'a v1 List of them, or a Cloud Run Admin API v2 service or {"services": […]} list.');
  });

  it('given a List holding something else, should name the item', async () => {
    const file = path.join(dir, 'list.yaml');
    expect(error(await collect('kind: List\nitems:\n- kind: Job\n  apiVersion: run.googleapis.com/v1\n', 'list.yaml'))).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:3: document 1, items\\[0\\] is not a Cloud Run service \\(found apiVersion "run.googleapis.com/v1", kind "Job"\\)\\.`));
  });

  it('given an empty file or only comments, should fail saying it holds no service', async () => {
    const file = path.join(dir, 'empty.yaml');
    expect(error(await collect('# nothing yet\n---\n', 'empty.yaml'))).toBe(
      `The Cloud Run export ${file} holds no service (it is empty or only comments). Export the service again with \`gcloud run services describe SERVICE --region REGION --format=yaml\`.`);
  });

  it('given values that cannot be read, should fail naming the service, the fields and the position', async () => {
    const file = path.join(dir, 'bad-values.yaml');
    const result = await collect(`# header\n${V1_HEAD}metadata: {name: api, namespace: p}
spec:
  template:
    metadata:
      annotations: {autoscaling.knative.dev/maxScale: ten, run.googleapis.com/execution-environment: gen3}
    spec:
      containers: [{image: x, resources: {limits: {memory: 512MB}}}]
`, 'bad-values.yaml');
    expect(error(result)).toBe(`${file}:2:1: service api: annotation autoscaling.knative.dev/maxScale is "ten", expected a whole number; `
      + 'annotation run.googleapis.com/execution-environment is "gen3", expected one of gen1, gen2; '
      + 'spec.template.spec.containers[0].resources.limits.memory is "512MB", expected a memory quantity such as 512Mi or 1Gi.');
  });

  it('given a v1 service without a name, should fail saying so', async () => {
    expect(error(await collect(`${V1_HEAD}metadata: {namespace: p}\n`, 'nameless.yaml'))).toBe(
      `${path.join(dir, 'nameless.yaml')}:1:1: service (unnamed): metadata.name is missing.`);
  });

  it('given the same service twice, should fail naming it', async () => {
    const doc = `${V1_HEAD}metadata: {name: twin, namespace: p, labels: {cloud.googleapis.com/location: us-east1}}\n`;
    const file = path.join(dir, 'twins.yaml');
    expect(error(await collect(`${doc}---\n${doc}`, 'twins.yaml'))).toBe(
      `The Cloud Run export ${file} describes the service p/us-east1/twin more than once; keep one description per service.`);
  });
});
