-- The daily task job's finished runs, one row per UK day, so a server restarted after 07:00
-- does not refresh every open family a second time that day.
CREATE TABLE daily_job_runs (
  job TEXT NOT NULL,
  run_date TEXT NOT NULL,        -- the UK day, 'YYYY-MM-DD'
  finished_at INTEGER NOT NULL,
  PRIMARY KEY (job, run_date)
);
