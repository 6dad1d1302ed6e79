import { describe, expect, it } from 'vitest';
import { Findings } from '../../../collectors/cloud-run/findings.js';
import { V1_CONTAINERS_FIELD, fromV1 } from '../../../collectors/cloud-run/from-v1.js';
import { normalizeService } from '../../../collectors/cloud-run/normalize.js';
import type { CloudRunService } from '../../../engine/snapshot/types.js';

/** A v1 service with the given service (S) and template (T) annotations, read through the one normalize path. */
function read(S: Record<string, unknown>, T: Record<string, unknown>, extra: Record<string, unknown> = {}): { fact: CloudRunService; findings: Findings } {
  const findings = new Findings();
  const { project, region, service } = fromV1({
    apiVersion: 'serving.knative.dev/v1', kind: 'Service',
    metadata: { name: 's', namespace: 'p', labels: { 'cloud.googleapis.com/location': 'us-central1' }, annotations: S },
    spec: { template: { metadata: { annotations: T }, spec: { containers: [{ image: 'i', ports: [{ containerPort: 8080 }] }, { name: 'side', image: 'j' }] } } },
    ...extra,
  }, findings);
  return { fact: normalizeService(service, { project, region, origin: 'export', containersField: V1_CONTAINERS_FIELD }, findings), findings };
}

describe('fromV1 annotation mapping', () => {
  it.each([
    [{}, 'all'], [{ 'run.googleapis.com/ingress': 'internal' }, 'internal'],
    [{ 'run.googleapis.com/ingress': 'internal-and-cloud-load-balancing' }, 'internal-and-cloud-load-balancing'], [{ 'run.googleapis.com/ingress': 'None' }, 'none'],
  ])('given service annotations %j, should read ingress %s', (S, ingress) => {
    expect(read(S, {}).fact.ingress).toBe(ingress);
  });

  it('given service-level min and max scale, should report them next to the revision level', () => {
    const { fact } = read({ 'run.googleapis.com/minScale': '3', 'run.googleapis.com/maxScale': '30' }, { 'autoscaling.knative.dev/minScale': '1', 'autoscaling.knative.dev/maxScale': '5' });
    expect([fact.minInstances, fact.maxInstances]).toEqual([{ revision: 1, service: 3, effective: 3 }, { revision: 5, service: 30 }]);
  });

  it('given revision-level boost and throttling annotations, should copy them to every container', () => {
    const { fact } = read({}, { 'run.googleapis.com/startup-cpu-boost': 'true', 'run.googleapis.com/cpu-throttling': 'false' });
    expect(fact.containers.map((c) => [c.name, c.startupCpuBoost, c.cpuIdle])).toEqual([['', true, false], ['side', true, false]]);
  });

  it('given no boost or throttling annotation, should read boost off and CPU idle (throttled), v1 defaults', () => {
    expect(read({}, {}).fact.containers.map((c) => [c.startupCpuBoost, c.cpuIdle])).toEqual([[false, true], [false, true]]);
  });

  it.each([
    [{ 'run.googleapis.com/vpc-access-connector': 'c', 'run.googleapis.com/vpc-access-egress': 'all' }, { connector: 'c', egress: 'all-traffic' }],
    [{ 'run.googleapis.com/vpc-access-connector': 'c' }, { connector: 'c', egress: 'private-ranges-only' }],
    [{ 'run.googleapis.com/network-interfaces': '[{"network":"default","subnetwork":"default"}]', 'run.googleapis.com/vpc-access-egress': 'all-traffic' }, { connector: null, egress: 'all-traffic' }],
    [{ 'run.googleapis.com/vpc-access-egress': 'all-traffic' }, null],
  ])('given template annotations %j, should read vpcAccess %j', (T, vpcAccess) => {
    expect(read({}, T).fact.vpcAccess).toEqual(vpcAccess);
  });

  it('given a network-interfaces annotation that is not JSON, should record a problem', () => {
    expect(read({}, { 'run.googleapis.com/network-interfaces': '[{network: default' }).findings.problems).toEqual([
      'annotation run.googleapis.com/network-interfaces is not a JSON array of network interfaces',
    ]);
  });

  it.each([['True', 'true'], ['false', 'false'], ['Unknown', 'unknown']])('given status Ready %s, should read ready %s', (status, ready) => {
    expect(read({}, {}, { status: { conditions: [{ type: 'ConfigurationsReady', status: 'True' }, { type: 'Ready', status }] } }).fact.ready).toBe(ready);
  });

  it('given a traffic target with neither latestRevision nor revisionName, should read it as latest', () => {
    expect(read({}, {}, { spec: { traffic: [{ percent: 100, tag: 'main' }] } }).fact.traffic).toEqual([{ type: 'latest', revision: null, percent: 100, tag: 'main' }]);
  });
});
