import { readFile } from 'node:fs/promises';
import { FactgateError, FactgateErrors } from '../errors.js';
import { messages } from '../error-messages.js';
import { validatorFor } from '../load/ajv.js';
import { snapshotSchema } from './snapshot-schema.js';
import { SNAPSHOT_VERSION, type Snapshot } from './types.js';


/** Line and column of a JSON.parse failure, from the "position N" V8 puts in its message. */
function jsonErrorLocation(text: string, error: Error, file: string) {
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
  const before = text.slice(0, position).split('\n');
  return { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses and validates a snapshot document; the version is checked first so old files get a clear word. */
export async function parseSnapshot(text: string, file: string): Promise<Snapshot> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FactgateError('json-syntax', messages.jsonSyntax((error as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/^./, (c) => c.toLowerCase()).replace(/\.$/, '')), {
      location: jsonErrorLocation(text, error as Error, file),
    });
  }
  const version = (value as { factgate?: unknown } | null)?.factgate;
  if (version !== SNAPSHOT_VERSION) throw new FactgateError('snapshot-version', messages.snapshotVersion(version ?? null), { target: file });
  const validate = validatorFor(snapshotSchema);
  if (!validate(value)) {
    const seen = new Set<string>();
    const errors = (validate.errors ?? [])
      .filter((e) => !['oneOf', 'anyOf'].includes(e.keyword))
      .filter((e) => !seen.has(e.instancePath) && seen.add(e.instancePath))
      .slice(0, 10)
      .map((e) => {
        const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
        return new FactgateError('snapshot-invalid', messages.snapshotInvalid(e.instancePath, `${e.message ?? 'is invalid'}${extra}`), { target: file });
      });
    throw new FactgateErrors(errors);
  }
  return value as Snapshot;
}

export async function loadSnapshot(file: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new FactgateError('file-unreadable', messages.fileUnreadable(file, error), { target: file });
  }
  return parseSnapshot(text, file);
}
