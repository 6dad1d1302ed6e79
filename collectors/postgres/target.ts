import { userInfo } from 'node:os';

/** Where a collection connects, parsed from the user's URL; `password` never leaves this module's callers. */
export interface ConnectionTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  /** libpq's sslmode from the query string; null when absent. */
  sslMode: string | null;
  /** sslrootcert from the query string (a CA file for verify-ca / verify-full). */
  sslRootCert: string | null;
  /** `postgres://user@host:port/database`: no password, no query string. */
  display: string;
}

const EMPTY_HOST = 'empty-host.invalid';

const defaultUser = (): string => process.env.PGUSER ?? safeUserName();

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'postgres';
  }
}

/**
 * Parses a `postgres://` or `postgresql://` URL the way libpq and node-postgres read it (host in the
 * query string for unix sockets, libpq's defaults for what is missing). Returns null when the text is
 * not such a URL.
 */
export function parseTarget(url: string): ConnectionTarget | null {
  // libpq accepts `postgres://user@/db?host=/socket/dir` (empty host); WHATWG URL does not.
  const emptyHost = /^postgres(?:ql)?:\/\/[^@/?#]*@(?=[/?#]|$)/i.test(url);
  let parsed: URL;
  try {
    parsed = new URL(emptyHost ? url.replace('@', `@${EMPTY_HOST}`) : url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') return null;
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const host = parsed.searchParams.get('host') ?? ((emptyHost ? '' : decode(parsed.hostname).replace(/^\[(.*)\]$/, '$1')) || process.env.PGHOST || 'localhost');
  const port = Number(parsed.port || parsed.searchParams.get('port') || process.env.PGPORT || 5432);
  const user = decode(parsed.username) || defaultUser();
  const database = decode(parsed.pathname.replace(/^\//, '')) || process.env.PGDATABASE || user;
  const password = parsed.password ? decode(parsed.password) : (process.env.PGPASSWORD ?? null);
  const shownHost = host.includes(':') && !host.startsWith('/') ? `[${host}]` : host;
  return {
    host,
    port,
    database,
    user,
    password,
    sslMode: parsed.searchParams.get('sslmode'),
    sslRootCert: parsed.searchParams.get('sslrootcert'),
    display: `postgres://${encodeURIComponent(user)}@${shownHost}:${port}/${encodeURIComponent(database)}`,
  };
}
