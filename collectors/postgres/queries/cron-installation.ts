import { iso, jsonRow } from '../sql.js';

/** Size and age of cron.job_run_details, and the jobs this role can see; only sent when pg_cron is installed. */
export interface CronInstallationRow {
  jobCount: number;
  runHistory: { estimatedRows: number; totalBytes: number; oldestStart: string | null; minRunId: number | null };
}

// The oldest row by runid comes from the primary key index; count(*) or min(start_time) would scan
// a history that is often millions of rows.
export const cronInstallationQuery = jsonRow(`
  select (select count(*) from cron.job)::int as "jobCount",
         json_build_object(
           'estimatedRows', c.reltuples::bigint,
           'totalBytes', pg_total_relation_size(c.oid),
           'oldestStart', (select ${iso('d.start_time')} from cron.job_run_details d order by d.runid limit 1),
           'minRunId', (select d.runid from cron.job_run_details d order by d.runid limit 1)
         ) as "runHistory"
    from pg_class c
   where c.oid = 'cron.job_run_details'::regclass`);
