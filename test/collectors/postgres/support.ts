/** Shared pieces of the Postgres collector tests: the injected cluster, clients, databases, ajv. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import pg from 'pg';
import { inject } from 'vitest';
import type { CollectorResult } from '../../../collectors/types.js';
import { assembleSnapshot } from '../../../collectors/snapshot.js';
import type { ClusterInfo } from '../../helpers/postgres-cluster.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const cluster = (): ClusterInfo => inject('postgres');

/** postgres://user:password@127.0.0.1:port/database (the superuser unless told otherwise). */
export function urlFor(database: string, user = 'postgres', password = cluster().password): string {
  const { port } = cluster();
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** Runs `fn` with a superuser client on `database` (over the trust socket), then closes it. */
export async function asSuperuser<T>(database: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const { socketDir, port } = cluster();
  const client = new pg.Client({ host: socketDir, port, user: 'postgres', database });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** (Re)creates a database and runs `sql` in it. Each test file uses its own names: files run in parallel. */
export async function freshDatabase(name: string, sql = ''): Promise<void> {
  await asSuperuser('postgres', async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  });
  if (sql) await asSuperuser(name, (client) => client.query(sql));
}

/** (Re)creates a login role with a password. */
export async function freshLoginRole(name: string, password: string, extra = ''): Promise<void> {
  await asSuperuser('postgres', async (client) => {
    await client.query(`drop role if exists "${name}"`);
    await client.query(`create role "${name}" login password '${password}' ${extra}`);
  });
}

let validator: ValidateFunction | undefined;

/** ajv errors of the snapshot assembled from one result ([] when valid). */
export function snapshotErrors(result: CollectorResult): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schema/snapshot.schema.json'), 'utf8')));
  }
  const snapshot = assembleSnapshot([result], () => new Date('2026-02-09T11:00:00.000Z'));
  return validator(snapshot) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Narrows a result to ok, failing the test with its error otherwise. */
export function okFacts(result: CollectorResult): Extract<CollectorResult, { status: 'ok' }> {
  if (result.status !== 'ok') throw new Error(`expected ok, got: ${result.source.error}`);
  return result;
}

/** Narrows a result to failed and returns its error paragraph. */
export function failure(result: CollectorResult): string {
  if (result.status !== 'failed') throw new Error('expected the collection to fail');
  return result.source.error ?? '';
}
