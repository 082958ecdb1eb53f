-- Tasks and reminders for a family's support: generated from the programme's schedule
-- (next contact due, care plan review, first contact by a week of pregnancy, a contact soon
-- after birth) or added by hand. families.next_task_title/next_task_due mirror the earliest
-- open task, kept in the same transaction as every change here. Due dates are UK calendar
-- days as 'YYYY-MM-DD' text; times are UTC milliseconds; flags are 0 or 1.

CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('next_contact','plan_review','first_contact','after_birth_contact','manual')),
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  assigned_user_id TEXT REFERENCES users(id),   -- the family's supporter by default; NULL when nobody holds it
  shared_with_family INTEGER NOT NULL DEFAULT 0, -- 1: the family's own accounts may see it (manual tasks only)
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  completed_at INTEGER,                          -- done or cancelled at
  completed_by TEXT NOT NULL DEFAULT '',         -- who, or '' when the schedule closed it itself
  created_by TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX tasks_family ON tasks(family_id, status, due_date);
CREATE INDEX tasks_assigned ON tasks(assigned_user_id, status, due_date);
CREATE INDEX tasks_open_due ON tasks(status, due_date);
-- At most one open task of each generated kind per family, so a refresh never duplicates.
CREATE UNIQUE INDEX tasks_one_open_generated ON tasks(family_id, kind) WHERE status = 'open' AND kind <> 'manual';

-- Each programme's schedule; a programme without a row uses the defaults.
CREATE TABLE programme_schedules (
  organisation_id TEXT PRIMARY KEY REFERENCES organisations(id),
  contact_interval_days INTEGER NOT NULL,
  first_contact_week INTEGER NOT NULL,
  after_birth_days INTEGER NOT NULL,
  plan_review_weeks INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

-- One daily digest per person per UK day, so the job never sends twice.
CREATE TABLE task_digests (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  digest_date TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, digest_date)
);
