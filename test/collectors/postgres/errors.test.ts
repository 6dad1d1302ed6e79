import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import { FactgateError } from '../../../engine/errors.js';
import { asSuperuser, cluster, failure, freshDatabase, freshLoginRole, okFacts, urlFor } from './support.js';

const CANARY = 'canary-Pa55-7f3e';
const USER = 'err_user';
const USER_PASSWORD = 'err-Right-Pa55';
const LOCKED_DB = 'err_no_connect';
const BUSY_DB = 'err_busy';

const prefix = (user: string, database: string, port = cluster().port): string =>
  `Could not collect Postgres facts from postgres://${user}@127.0.0.1:${port}/${database} ` +
  `(host 127.0.0.1, port ${port}, database ${database}, user ${user})`;

/** A port nothing listens on: bound by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let silent: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  await freshLoginRole(USER, USER_PASSWORD);
  await freshDatabase(LOCKED_DB);
  await freshDatabase(BUSY_DB, 'create table public.busy (id int primary key);');
  await asSuperuser('postgres', (client) => client.query(`revoke connect on database ${LOCKED_DB} from public`));
  // Accepts TCP connections and never says a word: what a black-holed server looks like.
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('given a port where nothing listens', () => {
  it('should fail fast with a paragraph naming host, port, database and user', async () => {
    const port = await closedPort();
    const result = await collectPostgres(`postgres://${USER}:${CANARY}@127.0.0.1:${port}/nikita`);
    expect(failure(result)).toBe(
      `${prefix(USER, 'nikita', port)}: nothing accepts connections there (connection refused). ` +
        'Check the host and port, and that the server is running and listens on that address.',
    );
    expect(result.source.target).toBe(`postgres://${USER}@127.0.0.1:${port}/nikita`);
    expect(result.source.durationMs).toBeLessThan(2_000);
    expect(JSON.stringify(result)).not.toContain(CANARY);
  });
});

describe('given a server that accepts the connection and never answers', () => {
  it('should give up after the connect timeout', async () => {
    const port = (silent.address() as { port: number }).port;
    const result = await collectPostgres(`postgres://${USER}:${CANARY}@127.0.0.1:${port}/nikita`, { connectTimeoutMs: 300 });
    expect(failure(result)).toBe(
      `${prefix(USER, 'nikita', port)}: the server did not answer within 0.3 s (connect timeout). ` +
        'Check the host, the port and any firewall in between, or raise the connect timeout.',
    );
    expect(result.source.durationMs).toBeLessThan(3_000);
  });
});

describe('given a wrong password', () => {
  it('should say the password was rejected and never show it anywhere', async () => {
    const result = await collectPostgres(urlFor('nikita', USER, CANARY));
    expect(failure(result)).toBe(
      `${prefix(USER, 'nikita')}: the server rejected the password (password authentication failed for user "${USER}"). ` +
        'Check the password in the URL or in PGPASSWORD.',
    );
    const text = JSON.stringify(result);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(encodeURIComponent(CANARY));
  });
});

describe('given the canary as the right password', () => {
  it('should collect without the password appearing in the result', async () => {
    await freshLoginRole('err_canary', CANARY);
    const result = okFacts(await collectPostgres(urlFor('postgres', 'err_canary', CANARY)));
    expect(result.source.target).toBe(`postgres://err_canary@127.0.0.1:${cluster().port}/postgres`);
    expect(JSON.stringify(result)).not.toContain(CANARY);
  });
});

describe('given no password where the server wants one', () => {
  it('should say that a password is needed', async () => {
    const saved = process.env.PGPASSWORD;
    delete process.env.PGPASSWORD;
    try {
      const result = await collectPostgres(`postgres://${USER}@127.0.0.1:${cluster().port}/nikita`);
      expect(failure(result)).toBe(
        `${prefix(USER, 'nikita')}: the server asks for a password and none was given. Put it in the URL or in PGPASSWORD.`,
      );
    } finally {
      if (saved !== undefined) process.env.PGPASSWORD = saved;
    }
  });
});

describe('given a database that does not exist', () => {
  it('should name the missing database', async () => {
    const result = await collectPostgres(urlFor('no_such_db', USER, USER_PASSWORD));
    expect(failure(result)).toBe(
      `${prefix(USER, 'no_such_db')}: database "no_such_db" does not exist on that server. Check the database name in the URL.`,
    );
  });
});

describe('given a role without CONNECT on the database', () => {
  it('should say the role may not connect', async () => {
    const result = await collectPostgres(urlFor(LOCKED_DB, USER, USER_PASSWORD));
    expect(failure(result)).toBe(
      `${prefix(USER, LOCKED_DB)}: the role may not connect to this database (permission denied for database "${LOCKED_DB}"). ` +
        'Grant it CONNECT on the database.',
    );
  });
});

describe('given a migration holding an exclusive lock on a table', () => {
  const withLockHeld = async <T>(fn: () => Promise<T>): Promise<T> =>
    asSuperuser(BUSY_DB, async (client) => {
      await client.query('begin');
      await client.query('lock table public.busy in access exclusive mode');
      try {
        return await fn();
      } finally {
        await client.query('rollback');
      }
    });

  it('should stop at the statement timeout and say so', async () => {
    const result = await withLockHeld(() => collectPostgres(urlFor(BUSY_DB), { statementTimeoutMs: 300, lockTimeoutMs: 20_000 }));
    expect(failure(result)).toBe(
      `${prefix('postgres', BUSY_DB)}: a catalog query ran longer than the statement timeout of 0.3 s and was cancelled ` +
        '(canceling statement due to statement timeout). Raise the statement timeout, or collect when the database is less busy.',
    );
  });

  it('should stop at the lock timeout and say what holds it', async () => {
    const result = await withLockHeld(() => collectPostgres(urlFor(BUSY_DB), { statementTimeoutMs: 20_000, lockTimeoutMs: 300 }));
    expect(failure(result)).toBe(
      `${prefix('postgres', BUSY_DB)}: a catalog query waited longer than the lock timeout of 0.3 s for a lock ` +
        '(canceling statement due to lock timeout); a migration or a long transaction holds an exclusive lock. ' +
        'Retry when it is done, or raise the lock timeout.',
    );
  });
});

describe('given text that is not a postgres URL', () => {
  it('should throw a usage error whose target hides the password', async () => {
    const error = await collectPostgres(`mysql://root:${CANARY}@db/app`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactgateError);
    expect((error as FactgateError).format()).toBe(
      'mysql://root:***@db/app: is not a PostgreSQL connection URL; expected postgres://user:password@host:port/database.',
    );
  });

  it('should reject an asOf that is not an ISO instant', async () => {
    const error = await collectPostgres(urlFor('nikita'), { asOf: 'yesterday' }).catch((e: unknown) => e);
    expect((error as FactgateError).code).toBe('usage');
    expect((error as FactgateError).message).toBe('asOf must be an ISO-8601 instant such as 2026-02-09T11:00:00.000Z, not "yesterday".');
  });
});
