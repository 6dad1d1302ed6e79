import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { CollectorResult } from '../../../collectors/types.js';
import type { SourceFacts } from '../../../engine/snapshot/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A fresh directory under the OS temp dir (not inside any git work tree). */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'factgate-source-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes files (path → content) under dir, creating directories. */
export async function writeTree(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}

/** git with a fixed identity and no user or system config, so the machine's setup cannot change results. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=factgate', '-c', 'user.email=factgate@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'gc.auto=0', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
}

/** The facts of an ok result; fails the test with the error of a failed one. */
export function factsOf(result: CollectorResult): SourceFacts {
  if (result.status !== 'ok') throw new Error(`expected ok, got failed: ${result.source.error}`);
  return result.facts.source!;
}

export function statsOf(result: CollectorResult): Record<string, unknown> {
  return result.source.stats ?? {};
}

/** Checks a snapshot against schema/snapshot.schema.json (draft-07 + formats); returns ajv's errors, [] when valid. */
export function snapshotSchemaErrors(snapshot: unknown): unknown[] {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/snapshot.schema.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  const validate = ajv.compile(schema);
  return validate(snapshot) ? [] : (validate.errors ?? []);
}
