-- Goal areas scored over time. A programme scores a set of goal areas at set points of the
-- journey; its settings (areas, points, the scale) are one numbered version after another,
-- stored as JSON in the format of data/outcomes/default-settings.json. A programme that has
-- never changed them uses the shipped defaults until it first changes them or first scores
-- a family, when they are stored as its version 1, so every scoring names a stored version.
-- Areas and points are never deleted from the settings, only retired, so old scores keep them.

CREATE TABLE outcome_settings_versions (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),  -- the programme
  number INTEGER NOT NULL,                                      -- 1, 2, 3 … within the programme
  document TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',                                -- what changed, in the coordinator's words
  created_by TEXT REFERENCES users(id),                         -- NULL when stored by the system
  created_at BIGINT NOT NULL,
  UNIQUE (organisation_id, number)
);

-- One point of the journey scored for one family: the parent's own scores, the date they gave
-- them and a note in their words. Scoring a point again supersedes the earlier scoring, which
-- is kept (superseded_by names the new one), so nothing said is lost.
CREATE TABLE outcome_scorings (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  point_code TEXT NOT NULL,
  settings_version_id TEXT NOT NULL REFERENCES outcome_settings_versions(id),
  scale_min INTEGER NOT NULL,
  scale_max INTEGER NOT NULL,
  scored_on TEXT NOT NULL,                 -- 'YYYY-MM-DD'
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  recorded_at BIGINT NOT NULL,
  superseded_by TEXT,                      -- the scoring that replaced it; NULL while current
  superseded_at BIGINT
);
CREATE INDEX outcome_scorings_family ON outcome_scorings(family_id, recorded_at);
CREATE INDEX outcome_scorings_version ON outcome_scorings(settings_version_id);
CREATE UNIQUE INDEX outcome_scorings_current ON outcome_scorings(family_id, point_code) WHERE superseded_by IS NULL;

-- Each area's score within a scoring; NULL score: "not relevant now".
CREATE TABLE outcome_scores (
  scoring_id TEXT NOT NULL REFERENCES outcome_scorings(id) ON DELETE CASCADE,
  area_code TEXT NOT NULL,
  score INTEGER,
  PRIMARY KEY (scoring_id, area_code)
);
