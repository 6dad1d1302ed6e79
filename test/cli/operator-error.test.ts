import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../helpers/temp-files.js';

describe('an operator that fails on a fact value', () => {
  it('given a pg_cron job with an unparsable schedule, should report an error naming rule and resource and exit 2', async () => {
    const snapshot = {
      factgate: 'snapshot/v1', collectedAt: '2026-02-09T11:00:00.000Z', sources: [],
      facts: { pgCron: { installations: [], jobs: [{
        database: 'app', jobId: 7, name: 'broken', schedule: '61 * * * *', command: 'select 1', active: true, jobDatabase: 'app', username: 'postgres',
        lastRun: null, lastSuccess: { start: '2026-02-09T10:00:00.000Z', end: null }, lastFailure: null, runs24h: 0, failures24h: 0, runsTotal: 1,
      }] } },
    };
    const dir = tempFiles({ 'snapshot.json': JSON.stringify(snapshot) });
    const { code, stdout } = await runCli(['check', '--snapshot', 'snapshot.json', '--rules', 'builtin/pg-cron', '--format', 'json'], dir);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { errors: { code: string; rule: string; resource: { id: string }; message: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.rule} ${e.resource.id}`)).toEqual(['operator-threw pg-cron/job-ran-within-schedule broken']);
    expect(report.errors[0]!.message).toMatch(/^rule 'pg-cron\/job-ran-within-schedule' failed on pgCron\.job broken: .*61.*\. This is a bug in the operator or an unexpected fact value; the result of this rule cannot be trusted\.$/);
  });
});
