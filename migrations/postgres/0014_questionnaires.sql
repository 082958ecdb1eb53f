-- Scored questionnaires (docs/questionnaires.md). Definitions are stored with the document
-- they were read from: those shipped in data/questionnaires/ (area_id NULL, every area may
-- use them) and those an area loads from a file it is licensed to use. A new edition of a
-- code replaces the old one for new answers (replaced_at); answers keep the definition_id of
-- the edition they used. Times are UTC milliseconds.

CREATE TABLE questionnaire_definitions (
  id TEXT PRIMARY KEY,
  area_id TEXT REFERENCES areas(id),            -- NULL: shipped with Alongside
  code TEXT NOT NULL,
  edition TEXT NOT NULL,
  short_title TEXT NOT NULL,
  document TEXT NOT NULL,
  loaded_by TEXT REFERENCES users(id),          -- NULL when shipped
  loaded_at BIGINT NOT NULL,
  replaced_at BIGINT
);
CREATE UNIQUE INDEX questionnaire_definitions_edition
  ON questionnaire_definitions (COALESCE(area_id, ''), code, edition);
CREATE INDEX questionnaire_definitions_current ON questionnaire_definitions (area_id, code, replaced_at);

-- A family's completed questionnaires. answers is a JSON object of item code -> option value;
-- answered_on is the day it was done with the parent ('YYYY-MM-DD'), which may be before it was typed in.
CREATE TABLE questionnaire_responses (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  definition_id TEXT NOT NULL REFERENCES questionnaire_definitions(id),
  code TEXT NOT NULL,
  short_title TEXT NOT NULL,
  edition TEXT NOT NULL,
  answers TEXT NOT NULL,
  total BIGINT NOT NULL,
  band_label TEXT NOT NULL,
  answered_on TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at BIGINT NOT NULL
);
CREATE INDEX questionnaire_responses_family ON questionnaire_responses (family_id, answered_on, recorded_at);

-- Safety alerts raised by an answer, open until someone records what was done. organisation_id
-- is the programme holding the family when raised, for its coordinator's list. steps holds the
-- definition's steps for the worker (one a line) as they were when raised.
CREATE TABLE safety_alerts (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  response_id TEXT NOT NULL REFERENCES questionnaire_responses(id),
  questionnaire TEXT NOT NULL,
  rule_code TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('urgent','high')),
  title TEXT NOT NULL,
  steps TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
  task_id TEXT REFERENCES tasks(id),
  raised_by TEXT NOT NULL REFERENCES users(id),
  raised_at BIGINT NOT NULL,
  action TEXT CHECK (action IN ('safety_plan','gp_or_crisis_team','safeguarding_lead','emergency','other')),
  resolution_note TEXT NOT NULL DEFAULT '',
  resolved_by TEXT REFERENCES users(id),
  resolved_at BIGINT,
  CHECK (status = 'open' OR (action IS NOT NULL AND resolution_note <> '' AND resolved_at IS NOT NULL))
);
CREATE INDEX safety_alerts_family ON safety_alerts (family_id, raised_at);
CREATE INDEX safety_alerts_open ON safety_alerts (status, raised_at);
