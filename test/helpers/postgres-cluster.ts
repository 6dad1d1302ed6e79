/**
 * An ephemeral PostgreSQL 15 + pg_cron cluster for tests, fixtures and benchmarks: initdb in a temp dir,
 * a free TCP port on 127.0.0.1 with password (SCRAM) auth so wrong-password tests are real, trust on the
 * unix socket in the same temp dir, and removal of everything on stop.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PG_BIN = '/usr/lib/postgresql/15/bin';
const PG_CRON_LIBRARY = '/usr/lib/postgresql/15/lib/pg_cron.so';
const INITDB = path.join(PG_BIN, 'initdb');
/** Written in every cluster dir: the pid of the process that owns the cluster. */
const OWNER_FILE = 'owner.pid';
const DIR_PREFIX = 'factgate-pg-';

/** What tests need to connect; serialisable so globalSetup can `provide` it. */
export interface ClusterInfo {
  /** TCP host (password auth). */
  host: '127.0.0.1';
  port: number;
  /** Directory holding the unix socket (trust auth). */
  socketDir: string;
  /** The cluster superuser and its (random) password. */
  user: 'postgres';
  password: string;
  /** The only database where pg_cron can be created (cron.database_name). */
  cronDatabase: string;
}

export interface PostgresCluster extends ClusterInfo {
  /** `postgres://user:password@127.0.0.1:port/database`. */
  url(database: string, credentials?: { user: string; password: string }): string;
  createDatabase(name: string): Promise<void>;
  /** Runs a SQL file through psql with ON_ERROR_STOP, as the superuser over the socket. */
  runFile(database: string, file: string): Promise<void>;
  /** Runs SQL text through psql with ON_ERROR_STOP, as the superuser over the socket. */
  runSql(database: string, sql: string): Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** cron.database_name; pg_cron's extension can only be created there. Default 'nikita'. */
  cronDatabase?: string;
  /** Extra `name = value` lines for postgresql.conf. */
  settings?: Record<string, string | number>;
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** initdb refuses root, so as root every server binary runs as the `postgres` OS user. */
function asServerUser(binary: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

async function serverRun(binary: string, args: string[], timeoutMs = 60_000): Promise<void> {
  const [file, argv] = asServerUser(path.join(PG_BIN, binary), args);
  await run(file, argv, { timeout: timeoutMs });
}

async function makeClusterDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), DIR_PREFIX));
  await writeFile(path.join(dir, OWNER_FILE), String(process.pid));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    await chown(dir, uid, gid);
  }
  await chmod(dir, 0o700);
  return dir;
}

function serverSettings(dir: string, port: number, options: StartOptions): string {
  const settings: Record<string, string | number> = {
    port,
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${dir}'`,
    shared_preload_libraries: "'pg_cron'",
    'cron.database_name': `'${options.cronDatabase ?? 'nikita'}'`,
    // The fixture's jobs must never run nor leave a trace during a test: in libpq mode the launcher
    // connects over TCP, which wants a password it does not have, and with log_run off a failed
    // attempt writes nothing to cron.job_run_details. The run history stays what the fixture inserted.
    'cron.use_background_workers': 'off',
    'cron.log_run': 'off',
    // Throwaway data: durability buys nothing and costs seconds.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    // Autovacuum would change table sizes and reltuples under the tests' feet (facts must be stable).
    autovacuum: 'off',
    log_min_messages: 'warning',
    TimeZone: "'UTC'",
    ...options.settings,
  };
  return '\n# factgate test cluster\n' + Object.entries(settings).map(([k, v]) => `${k} = ${v}`).join('\n') + '\n';
}

async function initCluster(dir: string, password: string): Promise<string> {
  const dataDir = path.join(dir, 'data');
  const pwfile = path.join(dir, 'pwfile');
  await writeFile(pwfile, password + '\n');
  if (isRoot()) execFileSync('chown', ['postgres:postgres', pwfile]);
  await serverRun('initdb', [
    '-D', dataDir, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256',
    '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions',
  ]);
  await rm(pwfile);
  return dataDir;
}

/** Starts the server on a fresh free port; retries when another process grabbed the port meanwhile. */
async function startServer(dir: string, dataDir: string, options: StartOptions): Promise<number> {
  const conf = path.join(dataDir, 'postgresql.conf');
  const original = await readFile(conf, 'utf8');
  const logFile = path.join(dir, 'server.log');
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    await writeFile(conf, original + serverSettings(dir, port, options));
    try {
      await serverRun('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'], 90_000);
      return port;
    } catch (error) {
      const log = existsSync(logFile) ? await readFile(logFile, 'utf8') : '';
      stopDataDirSync(dataDir, 'immediate');
      if (attempt < 5 && /could not bind|already in use|could not create any TCP\/IP sockets/i.test(log)) continue;
      throw new Error(`PostgreSQL did not start in ${dataDir}: ${String(error)}\n${log.slice(-2000)}`);
    }
  }
}

/** Starts a cluster; the caller must `stop()` it (a crashed owner's cluster is swept by the next start). */
export async function startPostgresCluster(options: StartOptions = {}): Promise<PostgresCluster> {
  await ensurePostgresPackages();
  await sweepStaleClusters();
  const dir = await makeClusterDir();
  const password = randomBytes(12).toString('hex');
  let dataDir: string | undefined;
  try {
    dataDir = await initCluster(dir, password);
    const port = await startServer(dir, dataDir, options);
    return makeHandle(dir, dataDir, port, password, options.cronDatabase ?? 'nikita');
  } catch (error) {
    if (dataDir) stopDataDirSync(dataDir, 'immediate');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function makeHandle(dir: string, dataDir: string, port: number, password: string, cronDatabase: string): PostgresCluster {
  const psql = (database: string, extra: string[]): Promise<{ stdout: string }> =>
    run(path.join(PG_BIN, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-p', String(port), '-U', 'postgres', '-d', database, ...extra], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
  let stopped = false;
  const stopSync = (): void => {
    if (stopped) return;
    stopped = true;
    stopDataDirSync(dataDir, 'fast');
    execFileSync('rm', ['-rf', dir]);
  };
  // An interrupted run must not leave a postmaster behind: on a signal the server is stopped first;
  // then, if nobody else (vitest, tsx) handles the signal, the process dies of it as it would have.
  // A SIGKILLed owner's cluster is swept by the next start.
  const onExit = (): void => stopSync();
  process.once('exit', onExit);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (signal: NodeJS.Signals): void => {
    stopSync();
    for (const other of signals) process.removeListener(other, onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const signal of signals) process.once(signal, onSignal);
  return {
    host: '127.0.0.1',
    port,
    socketDir: dir,
    user: 'postgres',
    password,
    cronDatabase,
    url: (database, credentials = { user: 'postgres', password }) =>
      `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    createDatabase: async (name) => {
      await psql('postgres', ['-c', `create database "${name}"`]);
    },
    runFile: async (database, file) => {
      await psql(database, ['-f', file]);
    },
    runSql: async (database, sql) => (await psql(database, ['-At', '-c', sql])).stdout,
    stop: async () => {
      process.removeListener('exit', onExit);
      for (const signal of signals) process.removeListener(signal, onSignal);
      stopSync();
    },
  };
}

/**
 * Installs PostgreSQL 15 and pg_cron with apt-get when they are missing and we are root; otherwise
 * says exactly what to install. Only missing packages are installed (no upgrade of a present server).
 */
export async function ensurePostgresPackages(): Promise<void> {
  const missing = [
    ...(existsSync(INITDB) ? [] : ['postgresql-15']),
    ...(existsSync(PG_CRON_LIBRARY) ? [] : ['postgresql-15-cron']),
  ];
  if (missing.length === 0) return;
  if (!isRoot()) {
    throw new Error(
      `The Postgres tests need PostgreSQL 15 with pg_cron (${INITDB} and ${PG_CRON_LIBRARY}). ` +
        `Install them as root: apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Two test runs starting at once on a fresh machine would race for the dpkg lock: wait for it.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  await run('apt-get', [...lock, 'update'], { env, timeout: 300_000 });
  await run('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...missing], { env, timeout: 600_000 });
  if (!existsSync(INITDB) || !existsSync(PG_CRON_LIBRARY)) {
    throw new Error(`apt-get installed ${missing.join(' ')} but ${INITDB} or ${PG_CRON_LIBRARY} is still missing.`);
  }
}

/** Binding port 0 lets the kernel pick a free port; startServer retries if someone takes it first. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `pg_ctl stop`, synchronously so it also works from an 'exit' handler; a missing server is fine. */
function stopDataDirSync(dataDir: string, mode: 'fast' | 'immediate'): void {
  if (!existsSync(path.join(dataDir, 'postmaster.pid'))) return;
  const [file, argv] = asServerUser(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
  try {
    execFileSync(file, argv, { stdio: 'ignore', timeout: 40_000 });
  } catch {
    // Already stopped, or the data dir is half-made: nothing left to stop.
  }
}

/**
 * Removes clusters whose owner process died without stopping them (a killed test run), so a crash
 * never leaves a postmaster running for long. Clusters of live owners (parallel runs) are left alone.
 */
async function sweepStaleClusters(): Promise<void> {
  const base = tmpdir();
  for (const name of await readdir(base)) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = path.join(base, name);
    try {
      const owner = Number(await readFile(path.join(dir, OWNER_FILE), 'utf8').catch(() => 'NaN'));
      if (Number.isInteger(owner) && isAlive(owner)) continue;
      // A dir without an owner file may be one being created this very moment: give it a minute.
      if (!Number.isInteger(owner) && Date.now() - (await stat(dir)).mtimeMs < 60_000) continue;
      stopDataDirSync(path.join(dir, 'data'), 'immediate');
      await rm(dir, { recursive: true, force: true });
    } catch {
      // Another run swept it first, or it is not ours to read: never let a leftover break this run.
    }
  }
}
