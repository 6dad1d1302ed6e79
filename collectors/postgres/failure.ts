import { SessionError } from './session.js';
import type { SessionTimeouts } from './session.js';
import type { ConnectionTarget } from './target.js';

interface PgLikeError {
  code?: string;
  message?: string;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** The opening every failure paragraph shares: what was being collected, never the password. */
export function failurePrefix(target: ConnectionTarget): string {
  return (
    `Could not collect Postgres facts from ${target.display} ` +
    `(host ${target.host}, port ${target.port}, database ${target.database}, user ${target.user})`
  );
}

function connectReason(error: PgLikeError, target: ConnectionTarget, timeouts: SessionTimeouts): string {
  const message = oneLine(error.message ?? String(error));
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'nothing accepts connections there (connection refused). Check the host and port, and that the server is running and listens on that address.';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name does not resolve (${error.code}). Check the host in the URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `the server is unreachable (${error.code}). Check the host, the port and any firewall in between.`;
    case 'ENOENT':
      return `there is no unix socket at ${target.host}/.s.PGSQL.${target.port}. Check the socket directory and port.`;
    case '28P01':
      return `the server rejected the password (${message}). Check the password in the URL or in PGPASSWORD.`;
    case '28000':
      return `the server refused the login (${message}).`;
    case '3D000':
      return `database "${target.database}" does not exist on that server. Check the database name in the URL.`;
    case '42501':
      return `the role may not connect to this database (${message}). Grant it CONNECT on the database.`;
    case '53300':
      return `the server has no free connection slot (${message}). Retry later, or use a pooler.`;
  }
  if (/timeout expired|connection timeout/i.test(message)) {
    return `the server did not answer within ${seconds(timeouts.connectTimeoutMs)} (connect timeout). Check the host, the port and any firewall in between, or raise the connect timeout.`;
  }
  if (/password must be a string|no password/i.test(message)) {
    return 'the server asks for a password and none was given. Put it in the URL or in PGPASSWORD.';
  }
  return `connecting failed (${message}).`;
}

function queryReason(error: PgLikeError, timeouts: SessionTimeouts): string {
  const message = oneLine(error.message ?? String(error));
  switch (error.code) {
    case '57014':
      return `a catalog query ran longer than the statement timeout of ${seconds(timeouts.statementTimeoutMs)} and was cancelled (${message}). Raise the statement timeout, or collect when the database is less busy.`;
    case '55P03':
      return `a catalog query waited longer than the lock timeout of ${seconds(timeouts.lockTimeoutMs)} for a lock (${message}); a migration or a long transaction holds an exclusive lock. Retry when it is done, or raise the lock timeout.`;
    case '42501':
      return `the role lacks a privilege the collector needs (${message}). docs/collectors/postgres.md lists the least privileges.`;
  }
  if (/Query read timeout/i.test(message)) {
    return `the server stopped answering in the middle of a catalog query (no reply within ${seconds(timeouts.statementTimeoutMs + 5_000)}).`;
  }
  if (/terminat|ECONNRESET|Connection terminated/i.test(message)) {
    return `the connection was lost in the middle of the collection (${message}).`;
  }
  return `a catalog query failed (${message}).`;
}

/** One paragraph saying which target failed and why, with what to do about it. */
export function describeFailure(error: unknown, target: ConnectionTarget, timeouts: SessionTimeouts): string {
  const cause = (error instanceof SessionError ? error.cause : error) as PgLikeError;
  const phase = error instanceof SessionError ? error.phase : 'query';
  const reason = phase === 'connect' ? connectReason(cause ?? {}, target, timeouts) : queryReason(cause ?? {}, timeouts);
  return `${failurePrefix(target)}: ${reason}`;
}

/** pg_cron is there but the role cannot read it: the job list would be a guess, so the collection fails. */
export function cronAccessDenied(target: ConnectionTarget, role: string): string {
  return (
    `${failurePrefix(target)}: pg_cron is installed but role "${role}" cannot read cron.job and cron.job_run_details ` +
    `(it needs USAGE on schema cron and SELECT on both tables), so the cron jobs cannot be checked. ` +
    `Grant them: grant usage on schema cron to "${role}"; grant select on cron.job, cron.job_run_details to "${role}";`
  );
}
