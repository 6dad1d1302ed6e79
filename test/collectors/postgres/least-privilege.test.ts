import { beforeAll, describe, expect, it } from 'vitest';
import { collectPostgres } from '../../../collectors/postgres/index.js';
import { asSuperuser, cluster, failure, freshLoginRole, okFacts, snapshotErrors, urlFor } from './support.js';

const READER = 'lp_reader';
const BYPASS = 'lp_bypass_reader';
const NO_CRON = 'lp_no_cron';
const PASSWORD = 'lp-Secret-0001';

beforeAll(async () => {
  await freshLoginRole(READER, PASSWORD);
  await freshLoginRole(BYPASS, PASSWORD, 'bypassrls');
  await freshLoginRole(NO_CRON, PASSWORD);
  await asSuperuser('nikita', async (client) => {
    for (const role of [READER, BYPASS]) {
      await client.query(`grant usage on schema cron to ${role}`);
      await client.query(`grant select on cron.job, cron.job_run_details to ${role}`);
    }
  });
});

describe('given a login role that is neither superuser nor bypassrls', () => {
  it('should record the role and that it cannot see the jobs of other users', async () => {
    const result = okFacts(await collectPostgres(urlFor('nikita', READER, PASSWORD)));
    expect(result.facts.postgres!.databases[0]?.currentRole).toEqual({ name: READER, superuser: false, bypassrls: false });
    expect(result.facts.pgCron!.installations).toEqual([
      {
        database: 'nikita',
        installed: true,
        version: '1.4-1',
        seesAllJobs: false,
        jobCount: 0,
        runHistory: { estimatedRows: 11105, totalBytes: expect.any(Number), oldestStart: null, minRunId: null },
      },
    ]);
    expect(result.facts.pgCron!.jobs).toEqual([]);
    expect(result.facts.postgres!.roles.map((r) => r.name)).toContain(READER);
    expect(snapshotErrors(result)).toEqual([]);
  });

  it('should still read every table and policy, which the catalogs show to any role', async () => {
    const result = okFacts(await collectPostgres(urlFor('nikita', READER, PASSWORD)));
    expect(result.facts.postgres!.tables.filter((t) => t.schema === 'public')).toHaveLength(34);
    expect(result.facts.postgres!.policies.filter((p) => p.schema === 'public')).toHaveLength(87);
  });
});

describe('given a role with BYPASSRLS', () => {
  it('should see all four jobs and say so', async () => {
    const result = okFacts(await collectPostgres(urlFor('nikita', BYPASS, PASSWORD)));
    expect(result.facts.pgCron!.installations[0]).toMatchObject({ seesAllJobs: true, jobCount: 4 });
    expect(result.facts.pgCron!.jobs.map((j) => j.jobId)).toEqual([10, 11, 12, 13]);
  });
});

describe('given a role without USAGE on schema cron', () => {
  it('should fail with one paragraph saying which grants are missing', async () => {
    const result = await collectPostgres(urlFor('nikita', NO_CRON, PASSWORD));
    const { port } = cluster();
    expect(failure(result)).toBe(
      `Could not collect Postgres facts from postgres://${NO_CRON}@127.0.0.1:${port}/nikita ` +
        `(host 127.0.0.1, port ${port}, database nikita, user ${NO_CRON}): pg_cron is installed but role "${NO_CRON}" ` +
        'cannot read cron.job and cron.job_run_details (it needs USAGE on schema cron and SELECT on both tables), ' +
        'so the cron jobs cannot be checked. Grant them: grant usage on schema cron to "lp_no_cron"; ' +
        'grant select on cron.job, cron.job_run_details to "lp_no_cron";',
    );
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });
});
