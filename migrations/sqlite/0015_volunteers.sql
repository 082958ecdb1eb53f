-- The peer support programme's volunteers ("Community Parents"): the roles a programme
-- names for itself (with the supervision each needs), each volunteer's journey from first
-- enquiry to active, paused or left, the pathway to paid work, and the time they give
-- beyond contacts (training, supervision, groups, travel). A volunteer need not have an
-- account until they are active; user_id links the account that signs in as them.
-- Calendar dates are 'YYYY-MM-DD' text; times UTC milliseconds; lists comma-separated.

CREATE TABLE programme_roles (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,                                  -- "Pregnancy Pal", "Birth Buddy"
  description TEXT NOT NULL DEFAULT '',
  supervision_early_days INTEGER NOT NULL DEFAULT 7,   -- required gap between supervisions at first
  early_weeks INTEGER NOT NULL DEFAULT 12,             -- how long "at first" lasts from active_since
  supervision_later_days INTEGER NOT NULL DEFAULT 14,  -- the gap after that
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  UNIQUE (organisation_id, name)
);

CREATE TABLE volunteers (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),  -- the programme
  user_id TEXT REFERENCES users(id),                           -- their account, once they have one
  name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',                           -- normalised, for matching by area
  stage TEXT NOT NULL CHECK (stage IN ('enquiry','application','interview','references','dbs_check',
                                       'training','active','paused','left')),
  programme_role_id TEXT REFERENCES programme_roles(id),
  languages TEXT NOT NULL DEFAULT '',                          -- "English,Polish"
  lived_experience TEXT NOT NULL DEFAULT '',                   -- codes: young_parent,father,twins,neonatal_care ...
  availability TEXT NOT NULL DEFAULT '',                       -- slots: mon_am,mon_pm,mon_eve ...
  max_families INTEGER NOT NULL DEFAULT 2,                     -- how many families at once
  enquired_on TEXT NOT NULL,
  interviewed_on TEXT,
  references_received INTEGER NOT NULL DEFAULT 0,
  dbs_checked_on TEXT,
  dbs_renewal_due TEXT,
  active_since TEXT,
  left_on TEXT,
  left_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX volunteers_programme ON volunteers(organisation_id, stage, name);
CREATE UNIQUE INDEX volunteers_user ON volunteers(organisation_id, user_id);

-- Every move along the journey, for the record and the pipeline.
CREATE TABLE volunteer_stage_changes (
  id TEXT PRIMARY KEY,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  from_stage TEXT NOT NULL DEFAULT '',
  to_stage TEXT NOT NULL,
  changed_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL REFERENCES users(id),
  changed_at INTEGER NOT NULL
);
CREATE INDEX volunteer_stage_changes_volunteer ON volunteer_stage_changes(volunteer_id, changed_at);

-- The pathway to employment: volunteer, peer support worker (paid), trainer, coordinator.
CREATE TABLE volunteer_positions (
  id TEXT PRIMARY KEY,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  position TEXT NOT NULL CHECK (position IN ('volunteer','peer_support_worker','trainer','coordinator')),
  started_on TEXT NOT NULL,
  ended_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX volunteer_positions_volunteer ON volunteer_positions(volunteer_id, started_on);

-- Time given beyond contacts. Rows written by training attendance or supervision carry
-- their source so that changing the attendance changes the time.
CREATE TABLE volunteer_time (
  id TEXT PRIMARY KEY,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  activity TEXT NOT NULL CHECK (activity IN ('training','supervision','group','travel','other')),
  on_date TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  note TEXT NOT NULL DEFAULT '',
  source_type TEXT NOT NULL DEFAULT '',   -- '' when logged by hand; 'training_session', 'supervision_session'
  source_id TEXT,
  logged_by TEXT NOT NULL REFERENCES users(id),
  logged_at INTEGER NOT NULL
);
CREATE INDEX volunteer_time_volunteer ON volunteer_time(volunteer_id, on_date);
CREATE UNIQUE INDEX volunteer_time_source ON volunteer_time(volunteer_id, source_type, source_id);

-- A programme's training modules (the usual ones and its own) and who has completed what.
-- Sessions and attendance come with the training pages; a completion may come from a
-- session (source_session_id) or be recorded directly (an accredited course done elsewhere).
CREATE TABLE training_modules (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  topic TEXT NOT NULL CHECK (topic IN ('active_listening','safeguarding','boundaries','perinatal_mental_health',
                                       'caregiving_framework','infant_feeding','other')),
  description TEXT NOT NULL DEFAULT '',
  refresher_months INTEGER,               -- NULL: no refresher needed
  accredited INTEGER NOT NULL DEFAULT 0,  -- 1: an accredited course
  accredited_hours INTEGER,               -- its guided learning hours
  awarding_body TEXT NOT NULL DEFAULT '',
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  UNIQUE (organisation_id, name)
);

CREATE TABLE training_completions (
  id TEXT PRIMARY KEY,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  module_id TEXT NOT NULL REFERENCES training_modules(id),
  completed_on TEXT NOT NULL,
  source_session_id TEXT,
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL
);
CREATE INDEX training_completions_volunteer ON training_completions(volunteer_id, module_id, completed_on);
