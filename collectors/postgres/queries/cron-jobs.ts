import { iso, jsonRows } from '../sql.js';

/**
 * Every visible job with its run summary, from one aggregate pass over cron.job_run_details and then
 * primary-key lookups: "latest" is the highest runid (pg_cron 1.4 leaves some failed runs without
 * timestamps), and a minutely job can never crowd a daily one out. $1 is the instant the 24-hour
 * windows end at (the scenario instant, or null for the database clock).
 */
export const cronJobsQuery = jsonRows(`
  with at as (select coalesce($1::timestamptz, now()) as t),
  per_job as (
    select d.jobid,
           max(d.runid) as last_runid,
           max(d.runid) filter (where d.status = 'succeeded') as last_success_runid,
           max(d.runid) filter (where d.status = 'failed') as last_failure_runid,
           count(*) filter (where d.start_time > at.t - interval '24 hours' and d.start_time <= at.t) as runs_24h,
           count(*) filter (where d.status = 'failed' and d.start_time > at.t - interval '24 hours'
                                  and d.start_time <= at.t) as failures_24h,
           count(*) as runs_total
      from cron.job_run_details d cross join at
     group by d.jobid)
  select current_database() as database, j.jobid as "jobId", j.jobname::text as name, j.schedule, j.command,
         j.active, j.database as "jobDatabase", j.username,
         case when lr.runid is null then null else json_build_object(
           'runId', lr.runid, 'status', lr.status,
           'start', ${iso('lr.start_time')}, 'end', ${iso('lr.end_time')}, 'message', lr.return_message) end as "lastRun",
         case when ls.runid is null then null else json_build_object(
           'start', ${iso('ls.start_time')}, 'end', ${iso('ls.end_time')}) end as "lastSuccess",
         case when lf.runid is null then null else json_build_object(
           'at', ${iso('coalesce(lf.end_time, lf.start_time)')}, 'message', lf.return_message) end as "lastFailure",
         coalesce(p.runs_24h, 0)::int as "runs24h",
         coalesce(p.failures_24h, 0)::int as "failures24h",
         coalesce(p.runs_total, 0)::int as "runsTotal"
    from cron.job j
    left join per_job p on p.jobid = j.jobid
    left join cron.job_run_details lr on lr.runid = p.last_runid
    left join cron.job_run_details ls on ls.runid = p.last_success_runid
    left join cron.job_run_details lf on lf.runid = p.last_failure_runid`);
