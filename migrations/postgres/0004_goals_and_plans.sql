-- Goals the family sets in their own words, the small steps towards them and the progress
-- they make; and the care plan they co-create with their supporter, kept as numbered
-- versions. Calendar dates are 'YYYY-MM-DD' text; times are UTC milliseconds; flags 0 or 1.
-- (PostgreSQL: times are BIGINT.)
-- Goal areas are stored as codes without a CHECK, so that a later issue can make the list
-- configurable per programme without a migration.

CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  text TEXT NOT NULL,                         -- the family's own words
  area TEXT NOT NULL DEFAULT '',              -- goal area code, '' when none
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','achieved','changed','let_go')),
  status_changed_at BIGINT,                  -- when it left 'active'
  status_changed_by TEXT NOT NULL DEFAULT '',
  changed_from_goal_id TEXT REFERENCES goals(id),  -- the goal this one replaced
  changed_into_goal_id TEXT REFERENCES goals(id),  -- set when status is 'changed'
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX goals_family ON goals(family_id, created_at);

-- Small steps towards a goal, in order; done_at is set when ticked.
CREATE TABLE goal_steps (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  family_id TEXT NOT NULL REFERENCES families(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  done_at BIGINT,
  done_by TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (goal_id, position)
);
CREATE INDEX goal_steps_family ON goal_steps(family_id, goal_id, position);

-- Dated progress notes, by a worker or by the parent themself (by_family = 1).
CREATE TABLE goal_progress (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  family_id TEXT NOT NULL REFERENCES families(id),
  progress_date TEXT NOT NULL,                -- the day it is about
  note TEXT NOT NULL,
  by_family INTEGER NOT NULL DEFAULT 0,
  recorded_by TEXT NOT NULL,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX goal_progress_goal ON goal_progress(goal_id, recorded_at);
CREATE INDEX goal_progress_family ON goal_progress(family_id, recorded_at);

-- Every change of a goal's status, dated and by whom; never changed.
CREATE TABLE goal_status_changes (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  family_id TEXT NOT NULL REFERENCES families(id),
  status TEXT NOT NULL CHECK (status IN ('active','achieved','changed','let_go')),
  note TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL,
  changed_at BIGINT NOT NULL
);
CREATE INDEX goal_status_changes_goal ON goal_status_changes(goal_id, changed_at);

-- The care plan: each save is a new numbered version; the highest number is current.
CREATE TABLE care_plan_versions (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  number INTEGER NOT NULL,                    -- 1, 2, 3... per family
  what_matters TEXT NOT NULL,                 -- "what matters to us", in the family's words
  review_date TEXT NOT NULL,                  -- when to look at the plan together again
  saved_by TEXT NOT NULL,
  saved_at BIGINT NOT NULL,
  UNIQUE (family_id, number)
);
CREATE INDEX care_plan_versions_review ON care_plan_versions(review_date);

-- Who does what by when, as saved in one version.
CREATE TABLE care_plan_actions (
  id TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES care_plan_versions(id),
  position INTEGER NOT NULL,
  who TEXT NOT NULL,
  what TEXT NOT NULL,
  by_when TEXT,                               -- a calendar date, or NULL for "ongoing"
  UNIQUE (version_id, position)
);

CREATE FUNCTION goals_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER goal_status_changes_no_update BEFORE UPDATE ON goal_status_changes
  FOR EACH ROW EXECUTE FUNCTION goals_history_refuse_change();
CREATE TRIGGER care_plan_versions_no_update BEFORE UPDATE ON care_plan_versions
  FOR EACH ROW EXECUTE FUNCTION goals_history_refuse_change();
CREATE TRIGGER care_plan_actions_no_update BEFORE UPDATE ON care_plan_actions
  FOR EACH ROW EXECUTE FUNCTION goals_history_refuse_change();
