import type { EnvVar } from '../../engine/snapshot/types.js';
import { compareText as compare } from '../compare-text.js';
import { obj, readString } from './scalars.js';
import type { V2EnvVar } from './v2-types.js';

/**
 * Environment variables as names and sources. The redaction guarantee lives here: a literal's value
 * is never read (not even its length), so it cannot reach a fact, a note, an error or a log. A
 * variable without a Secret Manager reference is `literal`, whatever else it carries.
 */
export function normalizeEnv(env: readonly unknown[]): EnvVar[] {
  return env
    .map((value): EnvVar => {
      const variable: V2EnvVar = obj(value);
      const name = readString(variable.name) ?? '';
      const ref = obj(obj(variable.valueSource).secretKeyRef);
      if (Object.keys(ref).length === 0) return { name, source: 'literal', secret: null, version: null };
      return { name, source: 'secret', secret: readString(ref.secret) ?? null, version: readString(ref.version) ?? null };
    })
    .sort((a, b) => compare(a.name, b.name) || compare(a.source, b.source));
}
