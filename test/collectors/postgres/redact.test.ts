import { describe, expect, it } from 'vitest';
import { redact, redactDeep } from '../../../collectors/postgres/redact.js';
import { parseTarget } from '../../../collectors/postgres/target.js';

const CANARY = 'canary-Pa55-7f3e';

describe('redact', () => {
  it('given a text holding the canary raw and URL-encoded, should mask both', () => {
    expect(redact(`pw=${CANARY} enc=${encodeURIComponent('x@' + CANARY)} end`, [CANARY, 'x@' + CANARY])).toBe('pw=*** enc=*** end');
  });

  it('given a URL with credentials, should mask the password but keep the user', () => {
    expect(redact('connect to postgresql://app:s3cr3t@db.example.com:6543/postgres failed', [])).toBe(
      'connect to postgresql://app:***@db.example.com:6543/postgres failed',
    );
  });

  it('given a secret that contains another, should mask the longer one whole', () => {
    expect(redact('abc-abcdef', ['abc', 'abcdef'])).toBe('***-***');
  });

  it('given nested facts, should mask every string and keep the shape', () => {
    expect(redactDeep({ jobs: [{ command: `select dblink('postgres://u:${CANARY}@h/db')`, active: true, n: 1 }] }, [CANARY])).toEqual({
      jobs: [{ command: "select dblink('postgres://u:***@h/db')", active: true, n: 1 }],
    });
  });
});

describe('parseTarget', () => {
  it('given a full URL, should show it without password and query string', () => {
    expect(parseTarget(`postgresql://reader:${encodeURIComponent(CANARY)}@db.example.com:6543/postgres?sslmode=require&password=x`)).toEqual({
      host: 'db.example.com',
      port: 6543,
      database: 'postgres',
      user: 'reader',
      password: CANARY,
      sslMode: 'require',
      sslRootCert: null,
      display: 'postgres://reader@db.example.com:6543/postgres',
    });
  });

  it('given a socket directory in the query string and no port, should use it and port 5432', () => {
    expect(parseTarget('postgres://postgres@/nikita?host=/var/run/postgresql')).toMatchObject({
      host: '/var/run/postgresql',
      port: 5432,
      display: 'postgres://postgres@/var/run/postgresql:5432/nikita',
    });
  });

  it('given a Supabase pooler user name with a dot, should keep it', () => {
    expect(parseTarget('postgres://postgres.abcdefghij:pw@aws-0-eu-central-1.pooler.supabase.com:5432/postgres')?.display).toBe(
      'postgres://postgres.abcdefghij@aws-0-eu-central-1.pooler.supabase.com:5432/postgres',
    );
  });

  it('given something else than a postgres URL, should return null', () => {
    expect([parseTarget('host=localhost dbname=x'), parseTarget('https://example.com/db')]).toEqual([null, null]);
  });
});
