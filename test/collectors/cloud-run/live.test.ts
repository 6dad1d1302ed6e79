import * as grpc from '@grpc/grpc-js';
import { ServicesClient } from '@google-cloud/run';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectCloudRunExport, collectCloudRunLive } from '../../../collectors/cloud-run/index.js';
import type { CollectorResult } from '../../../collectors/types.js';
import type { CloudRunService } from '../../../engine/snapshot/types.js';
import { type FakeCloudRun, closedPort, fakeClientOptions, startFakeCloudRun } from '../../helpers/cloud-run-fake-server.js';
import { nikitaApiFact } from './expected.js';
import { nikitaApi, plainService } from './v2-services.js';

const US = 'projects/nikita-prod/locations/us-central1';
const EU = 'projects/nikita-prod/locations/europe-west1';
const SA = 'factgate-reader@nikita-prod.iam.gserviceaccount.com';

let fake: FakeCloudRun;
beforeAll(async () => {
  fake = await startFakeCloudRun({
    // Listed out of order on purpose: the collector sorts.
    services: [plainService(US, 'worker'), nikitaApi(), plainService(US, 'admin'), plainService(EU, 'mailer'), plainService(US, 'cron'), plainService(US, 'bot'), plainService(EU, 'api-eu')],
    emptyParents: ['projects/nikita-prod/locations/asia-east1'],
    pageSize: 2,
    fail: ({ request }) => {
      const parent = String(request.parent);
      if (parent.startsWith('projects/locked-project/')) return { code: grpc.status.PERMISSION_DENIED, details: "Permission 'run.services.list' denied on resource 'projects/locked-project/locations/us-central1' (or resource may not exist)." };
      if (parent.startsWith('projects/stale-token/')) return { code: grpc.status.UNAUTHENTICATED, details: 'Request had invalid authentication credentials.' };
      if (parent.startsWith('projects/odd-region/')) return { code: grpc.status.INVALID_ARGUMENT, details: 'Invalid location.' };
      return undefined;
    },
  });
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  delete process.env.FACTGATE_CLOUD_RUN_ENDPOINT;
  fake.calls.length = 0;
});

const live = (target: string, extra: object = {}): Promise<CollectorResult> =>
  collectCloudRunLive(target, { clientOptions: { ...fakeClientOptions(fake), ...extra } });
const services = (result: CollectorResult): CloudRunService[] => (result.status === 'ok' ? result.facts.cloudRun?.services ?? [] : []);

describe('collectCloudRunLive against the fake Admin API', () => {
  it('given five services over three pages, should follow every page token and sort the services', async () => {
    const progress: string[] = [];
    const result = await collectCloudRunLive('nikita-prod/us-central1', { clientOptions: fakeClientOptions(fake), progress: (line) => progress.push(line) });
    expect(services(result).map((s) => s.name)).toEqual(['admin', 'bot', 'cron', 'nikita-api', 'worker']);
    expect(result.source).toEqual({
      collector: 'cloudRun', target: 'nikita-prod/us-central1', status: 'ok', error: null, durationMs: expect.any(Number), stats: { services: 5, pages: 3 },
    });
    expect(fake.calls.map((c) => [c.method, c.request.parent, c.request.pageToken, c.routing])).toEqual([
      ['ListServices', US, '', 'location=us-central1'],
      ['ListServices', US, '2', 'location=us-central1'],
      ['ListServices', US, '4', 'location=us-central1'],
    ]);
    expect(progress).toEqual([
      `cloud run ${US}: page 1, 2 services`,
      `cloud run ${US}: page 2, 4 services`,
      `cloud run ${US}: page 3, 5 services`,
    ]);
  });

  it('given several regions, should collect each region on its own call with its own region in the facts', async () => {
    const [us, eu, asia] = await Promise.all(['nikita-prod/us-central1', 'nikita-prod/europe-west1', 'nikita-prod/asia-east1'].map((target) => live(target)));
    expect([us, eu, asia].map((r) => services(r!).map((s) => `${s.project}/${s.region}/${s.name}`))).toEqual([
      ['nikita-prod/us-central1/admin', 'nikita-prod/us-central1/bot', 'nikita-prod/us-central1/cron', 'nikita-prod/us-central1/nikita-api', 'nikita-prod/us-central1/worker'],
      ['nikita-prod/europe-west1/api-eu', 'nikita-prod/europe-west1/mailer'],
      [],
    ]);
    expect(asia?.source.stats).toEqual({ services: 0, pages: 1 });
  });

  it('given the service the nikita export describes, should give the export facts but for origin', async () => {
    const [fromApi] = services(await live('nikita-prod/us-central1')).filter((s) => s.name === 'nikita-api');
    const [fromExport] = services(await collectCloudRunExport('fixtures/nikita/cloud-run/nikita-api.yaml'));
    expect(fromApi).toEqual(nikitaApiFact('api'));
    expect({ ...fromApi, origin: 'export' }).toEqual(fromExport);
  });

  it('given literal env values in the API answer, should not carry any of them', async () => {
    const text = JSON.stringify(await live('nikita-prod/us-central1'));
    expect(['production', 'nikitaprodexample', '"info"'].filter((value) => text.includes(value))).toEqual([]);
  });

  it('given FACTGATE_CLOUD_RUN_ENDPOINT, should talk to that endpoint with no other option', async () => {
    process.env.FACTGATE_CLOUD_RUN_ENDPOINT = fake.endpoint;
    expect(services(await collectCloudRunLive('nikita-prod/europe-west1')).map((s) => s.name)).toEqual(['api-eu', 'mailer']);
  });

  it('given the real client, should also answer GetService from the fake', async () => {
    const client = new ServicesClient(fakeClientOptions(fake));
    try {
      const [service] = await client.getService({ name: `${US}/services/nikita-api` }, { retry: { retryCodes: [] } });
      expect([service.name, service.template?.scaling?.maxInstanceCount, (service.template?.containers?.[0]?.startupProbe as { probeType?: string } | null | undefined)?.probeType]).toEqual([`${US}/services/nikita-api`, 10, 'tcpSocket']);
    } finally {
      await client.close();
    }
  });
});

describe('collectCloudRunLive failures', () => {
  it('given a project that does not exist, should fail with the NOT_FOUND paragraph', async () => {
    expect(await live('ghost-project/us-central1')).toEqual({
      status: 'failed',
      source: {
        collector: 'cloudRun', target: 'ghost-project/us-central1', status: 'failed', durationMs: expect.any(Number),
        error: `Could not list the Cloud Run services of ghost-project/us-central1: the Cloud Run Admin API at 127.0.0.1:${fake.port} answered NOT_FOUND `
          + '(Location projects/ghost-project/locations/us-central1 was not found.). Check that the project "ghost-project" exists and that "us-central1" is a Cloud Run region (gcloud run regions list).',
      },
    });
  });

  it('given PERMISSION_DENIED and ADC without a service-account email, should name the permission, the role and where to see the principal', async () => {
    expect((await live('locked-project/us-central1')).source.error).toBe(
      `Could not list the Cloud Run services of locked-project/us-central1: the Cloud Run Admin API at 127.0.0.1:${fake.port} answered PERMISSION_DENIED `
      + "(Permission 'run.services.list' denied on resource 'projects/locked-project/locations/us-central1' (or resource may not exist).). "
      + 'The principal of the Application Default Credentials in use (`gcloud auth list` shows it) needs the permission run.services.list on project "locked-project", '
      + 'e.g. through the role roles/run.viewer (Cloud Run Viewer). Google also answers PERMISSION_DENIED when the project does not exist.');
  });

  it('given PERMISSION_DENIED with service-account credentials, should name that service account', async () => {
    const result = await live('locked-project/us-central1', { credentials: { client_email: SA, private_key: 'not-a-real-key' } });
    expect(result.source.error).toContain(`The service account ${SA} needs the permission run.services.list on project "locked-project"`);
    expect(result.source.error).not.toContain('not-a-real-key');
  });

  it('given UNAUTHENTICATED, should say the credentials were refused and how to renew them', async () => {
    expect((await live('stale-token/us-central1')).source.error).toBe(
      `Could not list the Cloud Run services of stale-token/us-central1: the Cloud Run Admin API at 127.0.0.1:${fake.port} refused the credentials `
      + '(UNAUTHENTICATED: Request had invalid authentication credentials.). factgate uses Application Default Credentials: run `gcloud auth application-default login`, '
      + 'or set GOOGLE_APPLICATION_CREDENTIALS to the path of a service-account key file.');
  });

  it('given another gRPC error, should name its code and details', async () => {
    expect((await live('odd-region/us-central1')).source.error).toBe(
      `Could not list the Cloud Run services of odd-region/us-central1: the Cloud Run Admin API at 127.0.0.1:${fake.port} answered INVALID_ARGUMENT (Invalid location.).`);
  });

  it('given a closed port, should fail at once with UNAVAILABLE instead of retrying', async () => {
    const port = await closedPort();
    expect((await collectCloudRunLive('nikita-prod/us-central1', { clientOptions: { ...fakeClientOptions(fake), port } })).source.error).toBe(
      `Could not list the Cloud Run services of nikita-prod/us-central1: the Cloud Run Admin API at 127.0.0.1:${port} could not be reached (UNAVAILABLE: connection refused). `
      + 'Check the network connection, proxy settings (HTTPS_PROXY) and firewall rules for run.googleapis.com.');
  });

  it('given FACTGATE_CLOUD_RUN_ENDPOINT at a closed port, should ask whether the emulator runs', async () => {
    const port = await closedPort();
    process.env.FACTGATE_CLOUD_RUN_ENDPOINT = `127.0.0.1:${port}`;
    expect((await collectCloudRunLive('nikita-prod/us-central1')).source.error).toBe(
      `Could not list the Cloud Run services of nikita-prod/us-central1: the Cloud Run Admin API at 127.0.0.1:${port} could not be reached (UNAVAILABLE: connection refused). `
      + 'FACTGATE_CLOUD_RUN_ENDPOINT points there: is the emulator running?');
  });

  it('given a page reporting unreachable locations, should fail as incomplete', async () => {
    const partial = await startFakeCloudRun({ services: [plainService(US, 'a')], unreachable: ['us-east4'] });
    try {
      expect((await collectCloudRunLive('nikita-prod/us-central1', { clientOptions: fakeClientOptions(partial) })).source.error).toBe(
        'Could not list the Cloud Run services of nikita-prod/us-central1: the Cloud Run Admin API could not reach us-east4 in time, so the list is incomplete. Try again later.');
    } finally {
      await partial.close();
    }
  });

  it.each(['nikita-prod', 'nikita-prod/', '/us-central1', 'nikita-prod/us-central1/extra', 'Nikita Prod/us-central1', 'nikita-prod/-'])(
    'given the target %j, should refuse it before any request', async (target) => {
      expect((await live(target)).source.error).toBe(
        `Cloud Run target "${target}" is not PROJECT/REGION: give a project ID and a Cloud Run region separated by a slash, e.g. my-project/us-central1.`);
      expect(fake.calls).toEqual([]);
    });

  it('given a FACTGATE_CLOUD_RUN_ENDPOINT that is not HOST:PORT, should say what is expected', async () => {
    process.env.FACTGATE_CLOUD_RUN_ENDPOINT = 'localhost';
    expect((await collectCloudRunLive('nikita-prod/us-central1')).source.error).toBe(
      'FACTGATE_CLOUD_RUN_ENDPOINT is "localhost", which is not HOST:PORT (e.g. 127.0.0.1:8085). Unset it to talk to run.googleapis.com, or point it at a Cloud Run emulator.');
  });
});
