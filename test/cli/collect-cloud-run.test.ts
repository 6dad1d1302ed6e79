import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../engine/report/report.js';
import { nikitaApi, plainService } from '../collectors/cloud-run/v2-services.js';
import { startFakeCloudRun, type FakeCloudRun } from '../helpers/cloud-run-fake-server.js';
import { runCli } from '../helpers/run-cli.js';

let fake: FakeCloudRun;
const saved = process.env.FACTGATE_CLOUD_RUN_ENDPOINT;
beforeAll(async () => {
  fake = await startFakeCloudRun({ services: [nikitaApi(), plainService('projects/nikita-prod/locations/europe-west1', 'nikita-eu')] });
  // The collector reads the emulator endpoint from the process environment, as gcloud emulators do.
  process.env.FACTGATE_CLOUD_RUN_ENDPOINT = fake.endpoint;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.FACTGATE_CLOUD_RUN_ENDPOINT;
  else process.env.FACTGATE_CLOUD_RUN_ENDPOINT = saved;
  await fake.close();
});

describe('factgate check --cloud-run against a Cloud Run v2 server on loopback', () => {
  it('given the audited service live, should report the same Cloud Run findings as its gcloud export', async () => {
    const live = await runCli(['check', '--cloud-run', 'nikita-prod/us-central1', '--config', 'fixtures/nikita/factgate.yaml', '--format', 'json']);
    const exported = await runCli(['check', '--cloud-run-export', 'fixtures/nikita/cloud-run/nikita-api.yaml', '--config', 'fixtures/nikita/factgate.yaml', '--format', 'json']);
    expect(live.stderr).toBe('');
    expect(live.code).toBe(1);
    const findings = (r: Report) => r.violations.map((v) => `${v.severity} ${v.rule} ${v.resource.id}`);
    expect(findings(JSON.parse(live.stdout) as Report)).toEqual([
      'high cloud-run/min-instances nikita-prod/us-central1/nikita-api',
      'medium cloud-run/execution-environment nikita-prod/us-central1/nikita-api',
      'medium cloud-run/startup-probe-window nikita-prod/us-central1/nikita-api',
    ]);
    expect(findings(JSON.parse(live.stdout) as Report)).toEqual(findings(JSON.parse(exported.stdout) as Report));
  });

  it('given two regions, should collect both into one snapshot', async () => {
    const { code, stdout } = await runCli(['collect', '--cloud-run', 'nikita-prod/us-central1', '--cloud-run', 'nikita-prod/europe-west1']);
    expect(code).toBe(0);
    const snapshot = JSON.parse(stdout) as { sources: { target: string; status: string }[]; facts: { cloudRun: { services: { name: string; region: string }[] } } };
    expect(snapshot.sources.map((s) => `${s.target} ${s.status}`)).toEqual(['nikita-prod/us-central1 ok', 'nikita-prod/europe-west1 ok']);
    const reversed = await runCli(['collect', '--cloud-run', 'nikita-prod/europe-west1', '--cloud-run', 'nikita-prod/us-central1']);
    expect(JSON.parse(reversed.stdout).facts).toEqual(snapshot.facts);
    expect(snapshot.facts.cloudRun.services.map((s) => `${s.region}/${s.name}`)).toEqual(['europe-west1/nikita-eu', 'us-central1/nikita-api']);
  });

  it('given a region the project does not have, should fail closed with the target named', async () => {
    const { code, stderr } = await runCli(['check', '--cloud-run', 'nikita-prod/asia-east1', '--config', 'fixtures/nikita/factgate.yaml']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^nikita-prod\/asia-east1: /);
    expect(stderr).toContain('1 collector failed, so the snapshot is incomplete and the gate cannot pass it.');
  });
});
