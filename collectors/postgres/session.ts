import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { ConnectionTarget } from './target.js';

/** Timeouts of one collection, in milliseconds. */
export interface SessionTimeouts {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  connectTimeoutMs: number;
}

/** Which step failed; the failure message depends on it. */
export type SessionPhase = 'connect' | 'query';

export class SessionError extends Error {
  readonly phase: SessionPhase;
  override readonly cause: unknown;
  constructor(phase: SessionPhase, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'SessionError';
    this.phase = phase;
    this.cause = cause;
  }
}

/**
 * One READ ONLY, REPEATABLE READ transaction: every query sees the same snapshot, and nothing the
 * collector sends can write. Settings are `set local` (not startup parameters), so the session also
 * works through a transaction pooler.
 */
export interface CatalogSession {
  /** Runs a query whose single row has a single json column named `json` and returns it parsed. */
  json<T>(sql: string, params?: unknown[]): Promise<T>;
  /** Statements sent so far, including BEGIN, the settings and the final ROLLBACK. */
  readonly queries: number;
  close(): Promise<void>;
}

/** Opens the connection and the transaction; throws SessionError. */
export async function openCatalogSession(
  target: ConnectionTarget,
  timeouts: SessionTimeouts,
): Promise<CatalogSession> {
  let client: pg.Client;
  try {
    client = new pg.Client({
      // Explicit fields, not the URL: the target named in messages is exactly what is connected to.
      host: target.host,
      port: target.port,
      user: target.user,
      database: target.database,
      ...(target.password !== null ? { password: target.password } : {}),
      connectionTimeoutMillis: timeouts.connectTimeoutMs,
      // A stalled network would otherwise wait forever: the server-side timeout cannot fire then.
      query_timeout: timeouts.statementTimeoutMs + 5_000,
      application_name: 'factgate',
      ssl: await sslOptions(target),
    });
  } catch (error) {
    throw new SessionError('connect', error);
  }
  // A server that drops the connection emits 'error' outside any query; the query then fails anyway.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new SessionError('connect', error);
  }
  let queries = 0;
  const send = async (sql: string, params?: unknown[]): Promise<pg.QueryResult> => {
    queries++;
    try {
      return await client.query(sql, params);
    } catch (error) {
      throw new SessionError('query', error);
    }
  };
  try {
    await send('begin isolation level repeatable read read only');
    await send(
      "select set_config('statement_timeout', $1, true), set_config('lock_timeout', $2, true), set_config('search_path', '', true)",
      [`${timeouts.statementTimeoutMs}ms`, `${timeouts.lockTimeoutMs}ms`],
    );
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    async json<T>(sql: string, params?: unknown[]): Promise<T> {
      const result = await send(sql, params);
      return result.rows[0]?.json as T;
    },
    get queries() {
      return queries;
    },
    async close() {
      try {
        queries++;
        await client.query('rollback');
      } catch {
        // The transaction is already gone with a broken connection; nothing was written either way.
      } finally {
        await client.end().catch(() => {});
      }
    },
  };
}

/**
 * libpq's sslmode semantics: require (and prefer/allow, which node-postgres cannot fall back from)
 * encrypt without verifying the certificate; verify-ca / verify-full verify it, against sslrootcert
 * when given.
 */
async function sslOptions(target: ConnectionTarget): Promise<pg.ClientConfig['ssl']> {
  switch (target.sslMode) {
    case null:
    case 'disable':
      return false;
    case 'verify-ca':
    case 'verify-full':
      return target.sslRootCert ? { ca: await readFile(target.sslRootCert, 'utf8') } : { rejectUnauthorized: true };
    default:
      return { rejectUnauthorized: false };
  }
}
