/**
 * The Postgres collector: one READ ONLY, REPEATABLE READ transaction over a `pg` connection, a fixed
 * list of catalog queries, and the snapshot's `postgres` and `pgCron` sections as the result.
 */
import { performance } from 'node:perf_hooks';
import { FactgateError } from '../../engine/errors.js';
import type { CollectorResult, ProgressReporter } from '../types.js';
import { cronAccessDenied, describeFailure } from './failure.js';
import { readFacts, type ReadOutcome } from './read-facts.js';
import { redact, redactDeep } from './redact.js';
import { openCatalogSession, type CatalogSession, type SessionTimeouts } from './session.js';
import { parseTarget, type ConnectionTarget } from './target.js';

export interface PostgresCollectOptions {
  /** Server-side limit for each catalog query (`set local statement_timeout`). Default 30 000 ms. */
  statementTimeoutMs?: number;
  /** How long a catalog query may wait for a lock, e.g. behind a migration. Default 5 000 ms. */
  lockTimeoutMs?: number;
  /** How long to wait for the server to accept the connection. Default 10 000 ms. */
  connectTimeoutMs?: number;
  /**
   * Pretend the collection happens at this ISO instant: `collectedAt` and every "last 24 h" window
   * use it instead of the database clock. Only for regenerating frozen fixtures.
   */
  asOf?: string;
  /** Progress lines, one per catalog query. */
  progress?: ProgressReporter;
}

export const POSTGRES_DEFAULT_TIMEOUTS: Readonly<SessionTimeouts> = {
  statementTimeoutMs: 30_000,
  lockTimeoutMs: 5_000,
  connectTimeoutMs: 10_000,
};

/**
 * Collects the facts of the database at `url` (`postgres://user:password@host:port/database`, libpq
 * parameters `sslmode`, `sslrootcert` and `host` for a socket directory are honoured). A connection
 * or query failure is returned as a `failed` result with one paragraph naming host, port, database
 * and user; the password never appears in the result. Throws FactgateError only for a malformed URL
 * or option.
 */
export async function collectPostgres(url: string, options: PostgresCollectOptions = {}): Promise<CollectorResult> {
  const started = performance.now();
  const target = parseTarget(url);
  if (!target) {
    throw new FactgateError('usage', 'is not a PostgreSQL connection URL; expected postgres://user:password@host:port/database.', {
      target: redact(url, []),
    });
  }
  const asOf = checkAsOf(options.asOf, target);
  const timeouts: SessionTimeouts = {
    statementTimeoutMs: options.statementTimeoutMs ?? POSTGRES_DEFAULT_TIMEOUTS.statementTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs ?? POSTGRES_DEFAULT_TIMEOUTS.lockTimeoutMs,
    connectTimeoutMs: options.connectTimeoutMs ?? POSTGRES_DEFAULT_TIMEOUTS.connectTimeoutMs,
  };
  const secrets = [target.password];
  const elapsed = (): number => Math.round(performance.now() - started);
  const failed = (error: string): CollectorResult => ({
    status: 'failed',
    source: { collector: 'postgres', target: target.display, status: 'failed', error: redact(error, secrets), durationMs: elapsed() },
  });

  let session: CatalogSession;
  try {
    session = await openCatalogSession(target, timeouts);
  } catch (error) {
    return failed(describeFailure(error, target, timeouts));
  }
  let outcome: ReadOutcome | { kind: 'error'; error: unknown };
  try {
    outcome = await readFacts(session, target.display, asOf, options.progress ?? (() => {}));
  } catch (error) {
    outcome = { kind: 'error', error };
  } finally {
    await session.close();
  }
  if (outcome.kind === 'error') return failed(describeFailure(outcome.error, target, timeouts));
  if (outcome.kind === 'cron-denied') return failed(cronAccessDenied(target, outcome.role));

  const facts = redactDeep({ postgres: outcome.postgres, pgCron: outcome.pgCron }, factSecrets(target));
  return {
    status: 'ok',
    source: {
      collector: 'postgres',
      target: target.display,
      status: 'ok',
      error: null,
      durationMs: elapsed(),
      stats: {
        queries: session.queries,
        tables: facts.postgres.tables.length,
        policies: facts.postgres.policies.length,
        cronJobs: facts.pgCron.jobs.length,
      },
    },
    facts,
    collectedAt: asOf ?? outcome.now,
  };
}

/**
 * The password is masked inside facts only when it cannot be mistaken for a name: a password such as
 * `postgres` would otherwise turn every role and schema called postgres into `***`. URL credentials
 * (`scheme://user:secret@`) inside facts, e.g. in a job's command, are always masked.
 */
function factSecrets(target: ConnectionTarget): string[] {
  const password = target.password;
  return password && password.length >= 8 && !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(password) ? [password] : [];
}

function checkAsOf(asOf: string | undefined, target: ConnectionTarget): string | null {
  if (asOf === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new FactgateError('usage', `asOf must be an ISO-8601 instant such as 2026-02-09T11:00:00.000Z, not "${asOf}".`, {
      target: target.display,
    });
  }
  return new Date(asOf).toISOString();
}
