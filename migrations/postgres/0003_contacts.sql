-- Contacts between a family and the people who support them: a home visit, a phone call, a
-- group session... Saved as a draft until submitted; once submitted, every edit keeps the
-- version it replaced (contact_revisions). Submitted contacts add up into the supporter's hours.
-- contact_date is the day in the UK as 'YYYY-MM-DD' text (so a month's hours are the
-- contacts whose date starts with 'YYYY-MM'); occurred_at is that day and start time as UTC
-- milliseconds, for ordering and families.last_contact_at. A draft may still lack its kind,
-- date and duration; submission requires them.

CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  author_user_id TEXT NOT NULL REFERENCES users(id),  -- who recorded it; their hours
  status TEXT NOT NULL CHECK (status IN ('draft','submitted')),
  kind TEXT NOT NULL DEFAULT '' CHECK (kind IN ('','home_visit','phone','video','text','group_session',
                                                'appointment','antenatal_class','birth_support')),
  contact_date TEXT,
  start_time TEXT NOT NULL DEFAULT '',       -- 'HH:MM' in UK time, or '' when not given
  occurred_at BIGINT,
  duration_minutes BIGINT CHECK (duration_minutes BETWEEN 1 AND 720),
  others_present TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  edit_count BIGINT NOT NULL DEFAULT 0,     -- edits after submission (rows in contact_revisions)
  submitted_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX contacts_family ON contacts(family_id, occurred_at);
CREATE INDEX contacts_author ON contacts(author_user_id, status, contact_date);

-- Topics as codes, so the caregiving framework can replace the fixed list later.
CREATE TABLE contact_topics (
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  PRIMARY KEY (contact_id, topic)
);

-- The family's caregivers who were there.
CREATE TABLE contact_caregivers (
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  caregiver_id TEXT NOT NULL REFERENCES caregivers(id),
  PRIMARY KEY (contact_id, caregiver_id)
);

-- The version a submitted contact had before each edit; never changed.
-- topics and caregiver_ids are the codes and ids of that version, separated by spaces.
CREATE TABLE contact_revisions (
  id TEXT PRIMARY KEY,
  contact_id TEXT NOT NULL REFERENCES contacts(id),
  number BIGINT NOT NULL,                   -- 1 for the version first submitted
  kind TEXT NOT NULL,
  contact_date TEXT,
  start_time TEXT NOT NULL DEFAULT '',
  duration_minutes BIGINT,
  others_present TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '',
  caregiver_ids TEXT NOT NULL DEFAULT '',
  saved_by TEXT NOT NULL,                    -- who saved this version
  saved_at BIGINT NOT NULL,
  replaced_by TEXT NOT NULL,                 -- who edited it into the next version
  replaced_at BIGINT NOT NULL,
  UNIQUE (contact_id, number)
);

CREATE FUNCTION contact_revisions_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'contact_revisions is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contact_revisions_no_update BEFORE UPDATE ON contact_revisions
  FOR EACH ROW EXECUTE FUNCTION contact_revisions_refuse_change();
