import { describe, expect, it } from 'vitest';
import { Findings } from '../../../collectors/cloud-run/findings.js';
import { normalizeService } from '../../../collectors/cloud-run/normalize.js';
import type { V2Service } from '../../../collectors/cloud-run/v2-types.js';
import { nikitaApiFact } from './expected.js';
import { nikitaApi } from './v2-services.js';

const from = { project: 'p', region: 'r', origin: 'api', containersField: 'template.containers' } as const;
const normalize = (service: V2Service, findings = new Findings()) => normalizeService(service, from, findings);

describe('normalizeService', () => {
  it('given the Node client object of the audited service, should give the audited facts', () => {
    const findings = new Findings();
    expect(normalizeService(nikitaApi(), { ...from, project: 'nikita-prod', region: 'us-central1' }, findings)).toEqual(nikitaApiFact('api'));
    expect(findings).toEqual({ notes: [], problems: [] });
  });

  it('given a bare service, should apply every documented default', () => {
    expect(normalize({ name: 'projects/p/locations/r/services/bare', template: { containers: [{ image: 'img' }] } })).toEqual({
      project: 'p', region: 'r', name: 'bare', origin: 'api', uri: null, ready: 'unknown', ingress: 'unspecified',
      serviceAccount: null, executionEnvironment: 'unspecified',
      minInstances: { revision: 0, service: null, effective: 0 }, maxInstances: { revision: null, service: null },
      concurrency: 0, timeoutSeconds: 300, vpcAccess: null,
      traffic: [{ type: 'latest', revision: null, percent: 100, tag: null }],
      containers: [{
        name: '', image: 'img', cpu: null, memoryBytes: null, startupCpuBoost: false, cpuIdle: false, ports: [],
        startupProbe: null, livenessProbe: null, readinessProbe: null, env: [],
      }],
    });
  });

  it('given service- and revision-level scaling, should report both and the larger minimum as effective', () => {
    const fact = normalize({ scaling: { minInstanceCount: 3, maxInstanceCount: 20 }, template: { scaling: { minInstanceCount: 1, maxInstanceCount: 5 } } });
    expect([fact.minInstances, fact.maxInstances]).toEqual([{ revision: 1, service: 3, effective: 3 }, { revision: 5, service: 20 }]);
  });

  it('given proto3 zeros for service-level scaling, should read them as not set', () => {
    const fact = normalize({ scaling: { minInstanceCount: 0, maxInstanceCount: 0 }, template: { scaling: { minInstanceCount: 2, maxInstanceCount: 0 } } });
    expect([fact.minInstances, fact.maxInstances]).toEqual([{ revision: 2, service: null, effective: 2 }, { revision: null, service: null }]);
  });

  it.each([
    ['EXECUTION_ENVIRONMENT_GEN1', 'gen1'], ['EXECUTION_ENVIRONMENT_GEN2', 'gen2'], ['EXECUTION_ENVIRONMENT_UNSPECIFIED', 'unspecified'], [2, 'gen2'], [undefined, 'unspecified'],
  ] as const)('given execution environment %j, should read %s', (value, expected) => {
    expect(normalize({ template: { executionEnvironment: value } }).executionEnvironment).toBe(expected);
  });

  it.each([
    ['INGRESS_TRAFFIC_ALL', 'all'], ['INGRESS_TRAFFIC_INTERNAL_ONLY', 'internal'],
    ['INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', 'internal-and-cloud-load-balancing'], ['INGRESS_TRAFFIC_NONE', 'none'], ['INGRESS_TRAFFIC_UNSPECIFIED', 'unspecified'],
  ] as const)('given ingress %s, should read %s', (value, expected) => {
    expect(normalize({ ingress: value }).ingress).toBe(expected);
  });

  it('given an enum value factgate does not know, should read the fallback and note it', () => {
    const findings = new Findings();
    expect(normalize({ template: { executionEnvironment: 'EXECUTION_ENVIRONMENT_GEN3' } }, findings).executionEnvironment).toBe('unspecified');
    expect(findings.notes).toEqual(['template.executionEnvironment "EXECUTION_ENVIRONMENT_GEN3" is not a value factgate knows, read as unspecified']);
  });

  it.each([
    [{ seconds: '900', nanos: 0 }, 900], ['3600s', 3600], ['1.5s', 2], [{ seconds: 59, nanos: 600000000 }, 60], [null, 300],
  ] as const)('given timeout %j, should read %d seconds', (timeout, expected) => {
    expect(normalize({ template: { timeout } }).timeoutSeconds).toBe(expected);
  });

  it.each([
    ['CONDITION_SUCCEEDED', 'true'], ['CONDITION_FAILED', 'false'], ['CONDITION_RECONCILING', 'unknown'], ['CONDITION_PENDING', 'unknown'], [4, 'true'],
  ] as const)('given terminal condition %s, should read ready %s', (state, expected) => {
    expect(normalize({ terminalCondition: { type: 'Ready', state } }).ready).toBe(expected);
  });

  it('given no terminal condition but a Ready entry in conditions, should read that entry', () => {
    expect(normalize({ conditions: [{ type: 'RoutesReady', state: 'CONDITION_FAILED' }, { type: 'Ready', state: 'CONDITION_SUCCEEDED' }] }).ready).toBe('true');
  });

  it('given a connector, Direct VPC, or an empty vpcAccess, should read connector+egress, interfaces, or null', () => {
    expect(normalize({ template: { vpcAccess: { connector: 'projects/p/locations/r/connectors/c', egress: 'ALL_TRAFFIC' } } }).vpcAccess)
      .toEqual({ connector: 'projects/p/locations/r/connectors/c', egress: 'all-traffic' });
    expect(normalize({ template: { vpcAccess: { networkInterfaces: [{ network: 'default' }], egress: 'PRIVATE_RANGES_ONLY' } } }).vpcAccess)
      .toEqual({ connector: null, egress: 'private-ranges-only' });
    expect(normalize({ template: { vpcAccess: { connector: '', egress: 'VPC_EGRESS_UNSPECIFIED', networkInterfaces: [] } } }).vpcAccess).toBeNull();
  });

  it('given a traffic split with full revision names, should shorten them and sort by type, revision, tag', () => {
    expect(normalize({
      traffic: [
        { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'projects/p/locations/r/services/s/revisions/s-00002', percent: 10, tag: 'canary' },
        { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', revision: '', percent: 0, tag: 'next' },
        { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 's-00001', percent: 90, tag: '' },
      ],
    }).traffic).toEqual([
      { type: 'latest', revision: null, percent: 0, tag: 'next' },
      { type: 'revision', revision: 's-00001', percent: 90, tag: null },
      { type: 'revision', revision: 's-00002', percent: 10, tag: 'canary' },
    ]);
  });

  it('given probes with proto3 zeros, an http probe without path and a port of 0, should apply defaults and the container port', () => {
    const [container] = normalize({
      template: {
        containers: [{
          ports: [{ containerPort: 9000 }],
          startupProbe: { initialDelaySeconds: 0, timeoutSeconds: 0, periodSeconds: 0, failureThreshold: 0, httpGet: { path: '', port: 0 } },
          livenessProbe: { initialDelaySeconds: 30, periodSeconds: 15, failureThreshold: 2, grpc: { port: 9001 } },
          readinessProbe: {},
        }],
      },
    }).containers;
    expect([container?.startupProbe, container?.livenessProbe, container?.readinessProbe]).toEqual([
      { type: 'http', port: 9000, path: '/', initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, failureThreshold: 3, windowSeconds: 30 },
      { type: 'grpc', port: 9001, path: null, initialDelaySeconds: 30, timeoutSeconds: 1, periodSeconds: 15, failureThreshold: 2, windowSeconds: 60 },
      { type: 'tcp', port: 9000, path: null, initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, failureThreshold: 3, windowSeconds: 30 },
    ]);
  });

  it('given several containers, should sort them by name and keep per-container boost and idle flags', () => {
    const containers = normalize({
      template: {
        containers: [
          { name: 'sidecar', resources: { cpuIdle: true, startupCpuBoost: false } },
          { name: 'app', ports: [{ containerPort: 8080 }], resources: { limits: { cpu: '2', memory: '2Gi' }, cpuIdle: false, startupCpuBoost: true } },
        ],
      },
    }).containers;
    expect(containers.map((c) => [c.name, c.cpu, c.memoryBytes, c.startupCpuBoost, c.cpuIdle, c.ports])).toEqual([
      ['app', 2, 2147483648, true, false, [8080]],
      ['sidecar', null, null, false, true, []],
    ]);
  });

  it('given env vars from the API, should keep names and secret references only, sorted by name', () => {
    const [container] = normalize({
      template: {
        containers: [{
          env: [
            { name: 'Z_TOKEN', value: 'zzz-literal', values: 'value' },
            { name: 'A_KEY', valueSource: { secretKeyRef: { secret: 'projects/9/secrets/k', version: '4' } }, values: 'valueSource' },
            { name: 'EMPTY', value: '', values: 'value' },
          ] as never,
        }],
      },
    }).containers;
    expect(container?.env).toEqual([
      { name: 'A_KEY', source: 'secret', secret: 'projects/9/secrets/k', version: '4' },
      { name: 'EMPTY', source: 'literal', secret: null, version: null },
      { name: 'Z_TOKEN', source: 'literal', secret: null, version: null },
    ]);
  });

  it('given unreadable numbers in a v2 file, should record problems naming v2 fields', () => {
    const findings = new Findings();
    normalize({ template: { scaling: { maxInstanceCount: 'ten' }, containers: [{ startupProbe: { periodSeconds: '${PERIOD}' } }] } }, findings);
    expect(findings).toEqual({
      notes: ['template.containers[0].startupProbe.periodSeconds is a placeholder, read as absent'],
      problems: ['template.scaling.maxInstanceCount is "ten", expected a whole number'],
    });
  });
});
