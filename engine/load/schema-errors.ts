import type { ErrorObject } from 'ajv';
import { didYouMean } from '../did-you-mean.js';
import { FactgateError, type ErrorCode } from '../errors.js';
import { messages } from '../error-messages.js';
import type { YamlFile } from './yaml-file.js';

type Path = (string | number)[];

const toPath = (instancePath: string): Path =>
  instancePath === ''
    ? []
    : instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

const describe = (subject: string, path: Path): string =>
  path.length === 0 ? `the ${subject}` : `'${path.map(String).join('.')}'`;

/**
 * The one place ajv errors become user errors: one error per location, umbrella errors of
 * anyOf/oneOf/if dropped, each reworded by keyword, with "did you mean" for unknown keys.
 * `skip` drops errors under paths that a more precise checker reports itself (rule conditions).
 */
export function schemaErrorsToFactgate(
  errors: readonly ErrorObject[],
  yaml: YamlFile,
  subject: string,
  options: { code?: ErrorCode; skip?: (path: Path) => boolean } = {},
): FactgateError[] {
  const code = options.code ?? 'schema-violation';
  const byPath = new Map<string, FactgateError>();
  for (const error of errors) {
    if (['anyOf', 'oneOf', 'if', 'not'].includes(error.keyword)) continue;
    const path = toPath(error.instancePath);
    if (options.skip?.(path)) continue;
    const what = describe(subject, path);
    let result: FactgateError;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = (error.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        result = new FactgateError('unknown-key', messages.unknownKey(what, key, didYouMean(key, known)), { location: yaml.locateKey([...path, key]) });
        byPath.set(`${error.instancePath}/${key}`, result);
        continue;
      }
      case 'required':
        result = new FactgateError(code, messages.schemaRequired(what, (error.params as { missingProperty: string }).missingProperty), { location: yaml.locate(path) });
        byPath.set(`${error.instancePath}#required/${(error.params as { missingProperty: string }).missingProperty}`, result);
        continue;
      case 'enum':
        result = new FactgateError(code, messages.schemaEnum(what, error.data, (error.params as { allowedValues: unknown[] }).allowedValues), { location: yaml.locate(path) });
        break;
      case 'type':
        result = new FactgateError(code, messages.schemaType(what, `of type ${(error.params as { type: string }).type}`, error.data), { location: yaml.locate(path) });
        break;
      case 'pattern':
        result = new FactgateError(code, messages.schemaOther(what, `must match ${(error.params as { pattern: string }).pattern}, got '${String(error.data)}'`), { location: yaml.locate(path) });
        break;
      default:
        result = new FactgateError(code, messages.schemaOther(what, error.message ?? 'is invalid'), { location: yaml.locate(path) });
    }
    if (!byPath.has(error.instancePath)) byPath.set(error.instancePath, result);
  }
  return sortErrors([...byPath.values()]);
}

export function sortErrors(errors: FactgateError[]): FactgateError[] {
  return errors.sort((a, b) => {
    const fa = a.location?.file ?? a.target ?? '';
    const fb = b.location?.file ?? b.target ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.col ?? 0) - (b.location?.col ?? 0);
  });
}
