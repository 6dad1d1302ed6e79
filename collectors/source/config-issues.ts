import type { ErrorObject } from 'ajv';
import type { SourceConfigIssue } from './config.js';
import { sourceMessages as m } from './messages.js';
import { suggestion } from './suggest.js';

/** JSON pointer segments → path, with array indices as numbers (the `yaml` library's getIn wants them so). */
function pathOf(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key: string | number = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

const pointerOf = (path: readonly (string | number)[]): string =>
  path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function describe(error: ErrorObject): { extra: string | null; code: SourceConfigIssue['code']; message: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const known = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
      return { extra: key, code: 'unknown-key', message: m.unknownKey(key, suggestion(key, known)) };
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return { extra: null, code: 'config-invalid', message: m.missingKey(key) };
    }
    case 'type':
      return { extra: null, code: 'config-invalid', message: m.wrongType(String(params['type']), error.data) };
    case 'enum':
      return { extra: null, code: 'config-invalid', message: m.notInEnum(params['allowedValues'] as unknown[], error.data) };
    case 'pattern':
      return { extra: null, code: 'config-invalid', message: m.badProbeId(error.data) };
    case 'uniqueItems': {
      const index = Number(params['i']);
      return { extra: null, code: 'config-invalid', message: m.duplicateTag((error.data as unknown[])[index]) };
    }
    default:
      return { extra: null, code: 'config-invalid', message: m.otherSchema(error.message ?? error.keyword) };
  }
}

/** One issue per path, in the order ajv found them; ajv must run with `verbose: true` (for data and parentSchema). */
export function issuesFromAjv(errors: readonly ErrorObject[], data: unknown): SourceConfigIssue[] {
  const issues = new Map<string, SourceConfigIssue>();
  for (const error of errors) {
    const { extra, code, message } = describe(error);
    const path = pathOf(error.instancePath, data);
    if (extra !== null) path.push(extra);
    const pointer = pointerOf(path);
    if (!issues.has(pointer)) issues.set(pointer, { path, pointer, code, message });
  }
  return [...issues.values()];
}

export { pointerOf };
