import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import * as ajvFormats from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((ajvFormats as unknown as { default: AddFormats }).default ?? ajvFormats) as AddFormats;

/**
 * The SARIF 2.1.0 JSON schema (test/fixtures/sarif/README.md says where it comes from). It declares
 * draft-04 but uses no keyword whose meaning changed since, so it compiles as draft-07 once its
 * draft-04 `$schema` and top-level `id` are dropped; formats (uri, date-time) are checked. Its
 * toolComponent.language pattern has a stray `]` that only non-unicode regexps accept (the OASIS
 * errata01 file fixed it; factgate never emits `language`), hence `unicodeRegExp: false`.
 */
const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
delete schema.$schema;
delete schema.id;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF document as `path message` lines; [] when it is valid. */
export function sarifSchemaErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}
