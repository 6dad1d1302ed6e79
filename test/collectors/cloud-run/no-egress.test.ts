/**
 * Nothing may leave loopback. The GCE metadata server is what a Google client contacts on its own
 * (to learn its universe domain or credentials), so a loopback tripwire stands in for it
 * (GCE_METADATA_HOST/IP) and the METADATA_SERVER_DETECTION=none backstop is lifted while the
 * collector runs: the collector's own options must keep the client away from it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ServicesClient } from '@google-cloud/run';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCloudRunLive } from '../../../collectors/cloud-run/index.js';
import { type FakeCloudRun, startFakeCloudRun, startTripwire } from '../../helpers/cloud-run-fake-server.js';
import { nikitaApi } from './v2-services.js';

type Tripwire = Awaited<ReturnType<typeof startTripwire>>;
const KEYS = ['GCE_METADATA_HOST', 'GCE_METADATA_IP', 'METADATA_SERVER_DETECTION', 'CLOUDSDK_CONFIG', 'GOOGLE_APPLICATION_CREDENTIALS', 'FACTGATE_CLOUD_RUN_ENDPOINT'] as const;
const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));

let fake: FakeCloudRun;
let tripwire: Tripwire;
let emptyConfig: string;
beforeAll(async () => {
  fake = await startFakeCloudRun({ services: [nikitaApi()] });
  tripwire = await startTripwire();
  // No gcloud ADC file may be found on the machine running the tests.
  emptyConfig = await mkdtemp(path.join(os.tmpdir(), 'factgate-gcloud-'));
  Object.assign(process.env, { GCE_METADATA_HOST: tripwire.host, GCE_METADATA_IP: tripwire.host, CLOUDSDK_CONFIG: emptyConfig });
  delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
});
afterAll(async () => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await fake.close();
  await tripwire.close();
  await rm(emptyConfig, { recursive: true, force: true });
});

describe('no traffic beyond loopback', () => {
  // Runs first: gcp-metadata caches its detection per process.
  it('given the endpoint override and no detection backstop, should collect without touching the metadata server', async () => {
    delete process.env.METADATA_SERVER_DETECTION;
    process.env.FACTGATE_CLOUD_RUN_ENDPOINT = fake.endpoint;
    try {
      const result = await collectCloudRunLive('nikita-prod/us-central1');
      expect([result.status, tripwire.hits()]).toEqual(['ok', 0]);
    } finally {
      process.env.METADATA_SERVER_DETECTION = 'none';
      delete process.env.FACTGATE_CLOUD_RUN_ENDPOINT;
    }
  });

  it('given a client without a universe domain (the trap), should hit the tripwire, proving the tripwire works', async () => {
    delete process.env.METADATA_SERVER_DETECTION;
    const client = new ServicesClient({ apiEndpoint: '127.0.0.1', port: fake.port, sslCreds: grpc.credentials.createInsecure() });
    try {
      await client.listServices({ parent: 'projects/nikita-prod/locations/us-central1' }, { retry: { retryCodes: [] } }).catch(() => undefined);
      expect(tripwire.hits()).toBeGreaterThan(0);
    } finally {
      process.env.METADATA_SERVER_DETECTION = 'none';
      await client.close().catch(() => undefined);
    }
  });
});

describe('credentials', () => {
  it('given GOOGLE_APPLICATION_CREDENTIALS pointing at a missing file, should say so and how to fix it, sending nothing', async () => {
    const before = { hits: tripwire.hits(), calls: fake.calls.length };
    process.env.GOOGLE_APPLICATION_CREDENTIALS = path.join(emptyConfig, 'missing-key.json');
    try {
      // No sslCreds: the client must find credentials, as it does against run.googleapis.com.
      const result = await collectCloudRunLive('nikita-prod/us-central1', { clientOptions: { apiEndpoint: '127.0.0.1', port: fake.port } });
      expect(result.source.error).toBe(
        `Could not list the Cloud Run services of nikita-prod/us-central1: no Google credentials were found. factgate uses Application Default Credentials: `
        + 'run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to the path of a service-account key file '
        + `(GOOGLE_APPLICATION_CREDENTIALS is set to "${path.join(emptyConfig, 'missing-key.json')}", which could not be read).`);
    } finally {
      delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    }
    expect({ hits: tripwire.hits(), calls: fake.calls.length }).toEqual(before);
  });

  it('given no Application Default Credentials at all, should say how to create them, sending nothing', async () => {
    const before = { hits: tripwire.hits(), calls: fake.calls.length };
    const result = await collectCloudRunLive('nikita-prod/us-central1', { clientOptions: { apiEndpoint: '127.0.0.1', port: fake.port } });
    expect(result.source.error).toBe(
      'Could not list the Cloud Run services of nikita-prod/us-central1: no Google credentials were found. factgate uses Application Default Credentials: '
      + 'run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to the path of a service-account key file.');
    expect({ hits: tripwire.hits(), calls: fake.calls.length }).toEqual(before);
  });
});
