import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/report/report.js';
import type { Snapshot } from '../../engine/snapshot/types.js';
import { asSuperuser, cluster, urlFor } from '../collectors/postgres/support.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../helpers/temp-files.js';

const CANARY = 'canary-Pa55-7f3e';
const config = path.resolve('fixtures/nikita/factgate.yaml');
const dbRules = (report: Report) =>
  report.violations.filter((v) => v.rule.startsWith('postgres/') || v.rule.startsWith('pg-cron/')).map((v) => `${v.severity} ${v.rule} ${v.resource.id}`);
const checkJson = async (snapshotFile: string, cwd: string) =>
  JSON.parse((await runCli(['check', '--snapshot', snapshotFile, '--config', config, '--format', 'json'], cwd)).stdout) as Report;

describe('factgate collect --postgres against the nikita database', () => {
  it('given the fixture database, should collect a snapshot whose checks equal the committed scenario', async () => {
    const dir = tempFiles({});
    const collected = await runCli(['collect', '--postgres', urlFor('nikita'), '-o', 's.json'], dir);
    expect(collected).toEqual({ code: 0, stdout: '', stderr: '' });
    const committed = await checkJson(path.resolve('fixtures/nikita/snapshot.json'), dir);
    const live = await checkJson('s.json', dir);
    // The postgres pack does not depend on time: same findings on today's clock.
    const postgresOnly = (r: Report) => dbRules(r).filter((v) => v.includes(' postgres/'));
    expect(postgresOnly(live)).toEqual(postgresOnly(committed));
    // The pg-cron history ends on 2026-02-09, so on today's clock every job is late: evaluated at the
    // scenario's instant instead, the live facts give exactly the committed findings.
    const snapshot = JSON.parse(readFileSync(path.join(dir, 's.json'), 'utf8')) as Snapshot;
    snapshot.collectedAt = '2026-02-09T11:00:00.000Z';
    const atScenario = tempFiles({ 'at-scenario.json': JSON.stringify(snapshot) });
    expect(dbRules(await checkJson('at-scenario.json', atScenario))).toEqual(dbRules(committed));
  });

  it('given an unreachable server, should explain which target failed and exit 2 without a snapshot on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['collect', '--postgres', `postgres://app:${CANARY}@127.0.0.1:1/nikita`]);
    expect(code).toBe(2);
    expect(stdout).toContain('"status": "failed"');
    expect(stderr).toMatch(/^postgres:\/\/app@127\.0\.0\.1:1\/nikita: .*127\.0\.0\.1.*port 1.*database "?nikita"?.*user "?app"?/s);
    expect(stderr).toContain('the snapshot is incomplete and the gate cannot pass it');
    expect(`${stdout}${stderr}`).not.toContain(CANARY);
  });

  it('given a wrong password, should fail closed in check, and the password should appear in no snapshot, report or message', async () => {
    const dir = tempFiles({});
    const url = urlFor('nikita', 'postgres', CANARY);
    const gate = await runCli(['check', '--postgres', url, '--config', config, '--format', 'json'], dir);
    expect(gate.code).toBe(2);
    expect(gate.stderr).toMatch(/password/i);
    const partial = await runCli(['check', '--postgres', url, '--config', config, '--allow-partial', '--format', 'json', '-o', 'r.json'], dir);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as Report;
    expect(report.errors.map((e) => e.code)).toContain('missing-facts');
    expect(report.errors.filter((e) => e.rule.startsWith('postgres/')).length).toBeGreaterThan(0);
    const collected = await runCli(['collect', '--postgres', url, '--allow-partial', '-o', 's.json'], dir);
    expect(collected.code).toBe(0);
    const everything = [gate.stdout, gate.stderr, partial.stdout, partial.stderr, collected.stderr, readFileSync(path.join(dir, 's.json'), 'utf8'), readFileSync(path.join(dir, 'r.json'), 'utf8')].join('\n');
    expect(everything).not.toContain(CANARY);
  });

  it('given a role whose password is the canary, should collect successfully and never write the password', async () => {
    await asSuperuser('nikita', async (client) => {
      await client.query(`drop role if exists canary_reader`);
      await client.query(`create role canary_reader login bypassrls password '${CANARY}'`);
      await client.query(`grant pg_read_all_settings to canary_reader; grant usage on schema cron to canary_reader; grant select on all tables in schema cron to canary_reader`);
    });
    const dir = tempFiles({});
    const collected = await runCli(['collect', '--postgres', urlFor('nikita', 'canary_reader', CANARY), '-o', 's.json'], dir);
    expect(collected.stderr).toBe('');
    expect(collected.code).toBe(0);
    const snapshotText = readFileSync(path.join(dir, 's.json'), 'utf8');
    expect((JSON.parse(snapshotText) as Snapshot).sources[0]!.target).toBe(`postgres://canary_reader@127.0.0.1:${cluster().port}/nikita`);
    const report = await runCli(['check', '--snapshot', 's.json', '--config', config, '--format', 'json'], dir);
    expect(`${snapshotText}${report.stdout}${report.stderr}`).not.toContain(CANARY);
  });
});
