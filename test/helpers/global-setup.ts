/**
 * vitest globalSetup: one PostgreSQL 15 + pg_cron cluster for the whole run, with the nikita
 * scenario loaded into database `nikita` (the cluster's cron.database_name). Tests reach it with
 * `inject('postgres')`; teardown stops the server and removes its directory.
 */
import type { TestProject } from 'vitest/node';
import { loadNikitaDatabase, NIKITA_DATABASE } from '../../scripts/fixtures/postgres.js';
import { startPostgresCluster, type ClusterInfo } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared cluster; the superuser password works over TCP, the socket dir needs none. */
    postgres: ClusterInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster({ cronDatabase: NIKITA_DATABASE });
  try {
    await loadNikitaDatabase(cluster);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  const info: ClusterInfo = {
    host: cluster.host,
    port: cluster.port,
    socketDir: cluster.socketDir,
    user: cluster.user,
    password: cluster.password,
    cronDatabase: cluster.cronDatabase,
  };
  project.provide('postgres', info);
  return async () => {
    await cluster.stop();
  };
}
