-- Families supported by a peer support programme: the people in them, where they live,
-- what the support focuses on, who supports them (with history), what they agreed to
-- (append-only), sensitive notes (need to know), and closing and reopening.
-- Dates of the calendar (due dates, birth dates) are 'YYYY-MM-DD' text; times are UTC
-- milliseconds; flags are 0 or 1.

CREATE TABLE families (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),  -- the programme holding the record
  area_id TEXT NOT NULL REFERENCES areas(id),
  address_line_1 TEXT NOT NULL DEFAULT '',
  address_line_2 TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',          -- normalised, "SW1A 1AA"
  postcode_search TEXT NOT NULL DEFAULT '',   -- without spaces, for search: "SW1A1AA"
  strengths TEXT NOT NULL DEFAULT '',
  supporter_user_id TEXT REFERENCES users(id),  -- the current peer supporter; history in family_assignments
  support_consent INTEGER NOT NULL DEFAULT 0,     -- 1 while the latest decision on support is 'given' (kept with consent_records)
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  closing_reason TEXT CHECK (closing_reason IN ('goals_met','moved_away','child_reached_age_limit','declined','lost_contact')),
  closing_summary TEXT NOT NULL DEFAULT '',
  closed_at INTEGER,
  display_name TEXT NOT NULL DEFAULT '',      -- the first caregiver's name, for lists
  stage_date TEXT NOT NULL DEFAULT '',        -- the latest due or birth date, for ordering by stage
  last_contact_at INTEGER,                   -- kept up to date by contacts, for the caseload
  next_task_title TEXT NOT NULL DEFAULT '',   -- the earliest open task, kept up to date by tasks
  next_task_due TEXT,                         -- its due date; before today means overdue
  created_by TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1         -- optimistic concurrency for edits
);
CREATE INDEX families_organisation ON families(organisation_id, status, display_name);
CREATE INDEX families_area ON families(area_id, status, display_name);
CREATE INDEX families_supporter ON families(supporter_user_id, status, display_name);
CREATE INDEX families_postcode ON families(postcode_search);

CREATE TABLE family_focus_areas (
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  focus_area TEXT NOT NULL CHECK (focus_area IN ('antenatal','neonatal_care','parental_mental_health','childrens_social_care')),
  PRIMARY KEY (family_id, focus_area)
);

CREATE TABLE family_shared_care (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  relationship TEXT NOT NULL DEFAULT '',
  how_they_help TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE INDEX family_shared_care_family ON family_shared_care(family_id, created_at);

CREATE TABLE caregivers (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  preferred_name TEXT NOT NULL DEFAULT '',
  name_search TEXT NOT NULL DEFAULT '',        -- lower-cased name and preferred name, for search
  pronouns TEXT NOT NULL DEFAULT '',
  date_of_birth TEXT,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  preferred_language TEXT NOT NULL DEFAULT '',
  interpreter_needed INTEGER NOT NULL DEFAULT 0,
  relationship_to_baby TEXT NOT NULL DEFAULT '',
  linked_user_id TEXT REFERENCES users(id),    -- the caregiver's own parent account
  created_at INTEGER NOT NULL
);
CREATE INDEX caregivers_family ON caregivers(family_id, created_at);
CREATE INDEX caregivers_linked_user ON caregivers(linked_user_id);
CREATE INDEX caregivers_name_search ON caregivers(name_search);

CREATE TABLE babies (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  due_date TEXT,
  birth_date TEXT,
  name TEXT NOT NULL DEFAULT '',
  born_early INTEGER NOT NULL DEFAULT 0,
  gestation_weeks_at_birth INTEGER,
  neonatal_care INTEGER NOT NULL DEFAULT 0,
  multiple_birth_group TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE INDEX babies_family ON babies(family_id, created_at);
CREATE INDEX babies_due_date ON babies(due_date);
CREATE INDEX babies_birth_date ON babies(birth_date);

-- Who has supported the family, and when: a new row on each assignment, ended on reassignment.
CREATE TABLE family_assignments (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  supporter_user_id TEXT NOT NULL REFERENCES users(id),
  assigned_by TEXT NOT NULL,
  assigned_at INTEGER NOT NULL,
  ended_by TEXT,
  ended_at INTEGER
);
CREATE INDEX family_assignments_family ON family_assignments(family_id, assigned_at);
CREATE INDEX family_assignments_supporter ON family_assignments(supporter_user_id, assigned_at);

-- Closing and reopening, in order.
CREATE TABLE family_status_changes (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open','closed')),
  closing_reason TEXT,
  summary TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL,
  changed_at INTEGER NOT NULL
);
CREATE INDEX family_status_changes_family ON family_status_changes(family_id, changed_at);

-- What the family agreed to: one row per decision, never changed.
CREATE TABLE consent_records (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  kind TEXT NOT NULL CHECK (kind IN ('support','sharing','texts','evaluation')),
  organisation_id TEXT NOT NULL DEFAULT '',    -- the named service, for sharing
  decision TEXT NOT NULL CHECK (decision IN ('given','withdrawn')),
  method TEXT NOT NULL CHECK (method IN ('in_person','phone','written','online')),
  decided_at INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_records_family ON consent_records(family_id, decided_at);

-- Adversities and safeguarding notes: read only by workers who need to know, every read audited.
CREATE TABLE sensitive_notes (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  category TEXT NOT NULL CHECK (category IN ('poverty','substance_misuse','intimate_partner_violence',
                                             'couple_conflict','parental_mental_health','safeguarding')),
  body TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at INTEGER NOT NULL
);
CREATE INDEX sensitive_notes_family ON sensitive_notes(family_id, recorded_at);

CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
BEGIN SELECT RAISE(ABORT, 'consent_records is append-only'); END;
CREATE TRIGGER consent_records_no_delete BEFORE DELETE ON consent_records
BEGIN SELECT RAISE(ABORT, 'consent_records is append-only'); END;
