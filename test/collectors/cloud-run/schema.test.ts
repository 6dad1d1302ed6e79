import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCloudRunExport, collectCloudRunLive } from '../../../collectors/cloud-run/index.js';
import { assembleSnapshot, mergeCollectorResults } from '../../../collectors/snapshot.js';
import type { CollectorResult } from '../../../collectors/types.js';
import type { Snapshot } from '../../../engine/snapshot/types.js';
import { collectNikitaCloudRun } from '../../../scripts/fixtures/cloud-run.js';
import { type FakeCloudRun, fakeClientOptions, startFakeCloudRun } from '../../helpers/cloud-run-fake-server.js';
import { nikitaApiFact } from './expected.js';
import { nikitaApi, plainService } from './v2-services.js';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((ajvFormats as unknown as { default: AddFormats }).default ?? ajvFormats) as AddFormats;
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
addFormats(ajv);
const validateSnapshot = ajv.compile(JSON.parse(readFileSync('schema/snapshot.schema.json', 'utf8')) as object);

let fake: FakeCloudRun;
beforeAll(async () => {
  fake = await startFakeCloudRun({ services: [nikitaApi(), plainService('projects/nikita-prod/locations/us-central1', 'other')] });
});
afterAll(async () => {
  await fake.close();
});

describe('snapshot schema', () => {
  it('given every fixture export, the live path and failures, should assemble a snapshot the schema accepts', async () => {
    const results: CollectorResult[] = await Promise.all([
      ...['fixtures/nikita/cloud-run/nikita-api.yaml', 'fixtures/cloud-run/hardened.yaml', 'fixtures/cloud-run/v2-hardened.json',
        'fixtures/cloud-run/multi-document.yaml', 'fixtures/cloud-run/templated.yaml', 'fixtures/cloud-run/missing.yaml'].map((file) => collectCloudRunExport(file)),
      collectCloudRunLive('nikita-prod/us-central1', { clientOptions: fakeClientOptions(fake) }),
      collectCloudRunLive('nobody/us-central1', { clientOptions: fakeClientOptions(fake) }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'failed', 'ok', 'failed']);
    const snapshot = assembleSnapshot(results, () => new Date('2026-02-09T11:00:00.000Z'));
    expect(validateSnapshot(snapshot) ? [] : validateSnapshot.errors).toEqual([]);
  });

  it('given a fact with a key the schema does not know, should be refused (the check is not vacuous)', () => {
    const snapshot = assembleSnapshot([], () => new Date('2026-02-09T11:00:00.000Z'));
    const facts = { cloudRun: { services: [{ ...nikitaApiFact('export'), minScale: 0 }] } };
    expect(validateSnapshot({ ...snapshot, facts })).toBe(false);
  });
});

describe('scripts/fixtures/cloud-run', () => {
  it('given the nikita export, should give the audited service with a repo-relative target', async () => {
    expect(await collectNikitaCloudRun()).toEqual({
      status: 'ok',
      source: {
        collector: 'cloudRun', target: 'fixtures/nikita/cloud-run/nikita-api.yaml', status: 'ok', error: null,
        durationMs: expect.any(Number), stats: { documents: 1, services: 1 },
      },
      facts: { cloudRun: { services: [nikitaApiFact('export')] } },
    });
  });

  it('given fixtures/nikita/snapshot.json, should find that regenerating its Cloud Run part changes nothing', async () => {
    const previous = JSON.parse(readFileSync('fixtures/nikita/snapshot.json', 'utf8')) as Snapshot;
    const next = mergeCollectorResults(previous, [await collectNikitaCloudRun()], previous.collectedAt);
    expect(JSON.stringify(next)).toBe(JSON.stringify(previous));
  });
});
