-- Signposting: a family was told about a service (from the directory, or one named by hand)
-- and nothing about them was sent anywhere. Each signpost has a follow-up task ("Did … help?")
-- and, once someone has asked, the family's answer. Times are UTC milliseconds; calendar
-- dates 'YYYY-MM-DD' text.

CREATE TABLE signposts (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  service_id TEXT REFERENCES services(id),       -- NULL for a service outside the directory
  service_name TEXT NOT NULL DEFAULT '',          -- typed when service_id is NULL
  how TEXT NOT NULL CHECK (how IN ('in_person','phone','text','leaflet')),
  note TEXT NOT NULL DEFAULT '',
  given_by TEXT NOT NULL REFERENCES users(id),
  given_at INTEGER NOT NULL,
  follow_up_task_id TEXT REFERENCES tasks(id) ON DELETE SET NULL,
  follow_up_due TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('helped','partly','not_helped','not_used')),  -- NULL until followed up
  outcome_note TEXT NOT NULL DEFAULT '',
  followed_up_at INTEGER,
  followed_up_by TEXT REFERENCES users(id),
  CHECK (service_id IS NOT NULL OR service_name <> '')
);
CREATE INDEX signposts_family ON signposts(family_id, given_at);
CREATE INDEX signposts_service ON signposts(service_id, given_at);
