/**
 * The redaction guarantee as a property: whatever a literal env value is, no form of it (raw or
 * JSON-escaped) reaches the facts, the notes or an error paragraph, on the API path or the export
 * path, whether the export is valid, holds an unreadable value, or is not even valid YAML.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { Findings } from '../../../collectors/cloud-run/findings.js';
import { collectCloudRunExport } from '../../../collectors/cloud-run/index.js';
import { normalizeService } from '../../../collectors/cloud-run/normalize.js';

// Long enough that the value cannot occur in the output by coincidence (a name, an image, the error text).
const literalValue = fc.oneof(fc.string({ minLength: 12, maxLength: 60 }), fc.string({ minLength: 12, maxLength: 60, unit: 'grapheme' }));
const NAMES = ['API_TOKEN', 'DATABASE_PASSWORD', 'LOG_LEVEL', 'STRIPE_KEY'];

function leaks(output: string, values: string[]): string[] {
  return values.filter((value) => output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1)));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'factgate-redaction-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('literal env values', () => {
  it('given any literal values in an API answer, should not appear in the normalized facts or notes', () => {
    fc.assert(fc.property(fc.array(literalValue, { minLength: 1, maxLength: 4 }), (values) => {
      const findings = new Findings();
      const env = values.map((value, index) => ({ name: NAMES[index % NAMES.length], value, values: 'value' }));
      const fact = normalizeService(
        { name: 'projects/p/locations/r/services/s', template: { containers: [{ image: 'img', env: env as never }] } },
        { project: 'p', region: 'r', origin: 'api', containersField: 'template.containers' }, findings);
      expect(leaks(JSON.stringify({ fact, findings }), values)).toEqual([]);
    }), { numRuns: 200 });
  });

  it('given any literal values in an export that loads, that holds an unreadable value, or that is broken YAML, should not appear in the result', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(literalValue, fc.constantFrom('valid', 'unreadable', 'broken'), async (raw, variant) => {
      const value = variant === 'broken' ? raw.replace(/["\\\r\n]/g, '_') : raw;
      const service = {
        apiVersion: 'serving.knative.dev/v1', kind: 'Service',
        metadata: { name: 'api', namespace: 'p', labels: { 'cloud.googleapis.com/location': 'us-central1' } },
        spec: {
          template: {
            metadata: { annotations: { 'autoscaling.knative.dev/maxScale': variant === 'unreadable' ? 'ten' : '10' } },
            spec: { containers: [{ image: 'img', env: [{ name: 'API_TOKEN', value }, { name: 'LOG_LEVEL', value: 'info' }] }] },
          },
        },
      };
      const text = variant === 'broken'
        ? `apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n      - env:\n        - name: API_TOKEN\n          value: "${value}\n`
        : stringify(service);
      const file = path.join(dir, `export-${(run += 1)}.yaml`);
      await writeFile(file, text);
      const result = await collectCloudRunExport(file);
      expect(result.status).toBe(variant === 'valid' ? 'ok' : 'failed');
      expect(leaks(JSON.stringify(result), [value])).toEqual([]);
    }), { numRuns: 120 });
  });
});
