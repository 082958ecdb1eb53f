-- Training and supervision of a programme's volunteers. Modules and completions are in
-- 0015; here: sessions of a module and who attended, supervision sessions (one-to-one or
-- group) with who attended, the reflective note of a one-to-one (its own table: only the
-- supervisor and the supervisee read it), and wellbeing check-ins.
-- Calendar dates are 'YYYY-MM-DD' text; times UTC milliseconds; lists comma-separated.

CREATE TABLE training_sessions (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  module_id TEXT NOT NULL REFERENCES training_modules(id),
  held_on TEXT NOT NULL,
  start_time TEXT NOT NULL DEFAULT '',        -- 'HH:MM' in London, '' when not set
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  trainer_name TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  capacity INTEGER,                           -- NULL: no limit
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX training_sessions_programme ON training_sessions(organisation_id, held_on);

-- One row per volunteer marked at a session: attended (1) or did not attend (0).
CREATE TABLE training_attendance (
  session_id TEXT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  attended INTEGER NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, volunteer_id)
);
CREATE INDEX training_attendance_volunteer ON training_attendance(volunteer_id);

CREATE TABLE supervision_sessions (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL CHECK (kind IN ('one_to_one','group')),
  held_on TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  supervisor_user_id TEXT NOT NULL REFERENCES users(id),
  themes TEXT NOT NULL DEFAULT '',            -- codes of the fixed list
  other_themes TEXT NOT NULL DEFAULT '',      -- free text
  actions TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX supervision_sessions_programme ON supervision_sessions(organisation_id, held_on);

CREATE TABLE supervision_attendees (
  session_id TEXT NOT NULL REFERENCES supervision_sessions(id) ON DELETE CASCADE,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, volunteer_id)
);
CREATE INDEX supervision_attendees_volunteer ON supervision_attendees(volunteer_id);

-- The reflective note of a one-to-one: read and written only by the supervisor and the
-- supervisee (Resource::kSupervisionNote), never by the rest of the programme.
CREATE TABLE supervision_notes (
  session_id TEXT PRIMARY KEY REFERENCES supervision_sessions(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  written_by TEXT NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
);

CREATE TABLE wellbeing_checkins (
  id TEXT PRIMARY KEY,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  checked_on TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),  -- 1 struggling … 5 really well
  note TEXT NOT NULL DEFAULT '',
  follow_up INTEGER NOT NULL DEFAULT 0,                  -- 1: they would like someone to follow up
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL
);
CREATE INDEX wellbeing_checkins_volunteer ON wellbeing_checkins(volunteer_id, checked_on);
