-- Needs conversations: a supporter and a parent talk through the three Domains of Caregiving
-- (rated on the framework's five-step scale, with strengths and what would help), the
-- pressures, the adversities and the PAIR focus areas. A draft until finished; finishing
-- keeps the suggestion the area's rules made then (JSON), and the worker's decision follows.
-- Each conversation keeps the framework version whose wording it was made with.
-- Ratings and lists live in their own rows so reports can count them.

CREATE TABLE needs_conversations (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  framework_version_id TEXT NOT NULL REFERENCES framework_versions(id),
  reviewed_from_id TEXT REFERENCES needs_conversations(id),  -- the finished one a review was prefilled from
  status TEXT NOT NULL CHECK (status IN ('draft', 'finished')),
  pressure_note TEXT NOT NULL DEFAULT '',
  started_by TEXT NOT NULL REFERENCES users(id),
  started_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  finished_at BIGINT,
  rules_version_id TEXT,                       -- NULL: the shipped default rules
  suggested_level TEXT,
  suggestion TEXT,                             -- the reasons and kinds, as made at finishing
  decided_level TEXT,
  decision_reason TEXT,
  decided_by TEXT REFERENCES users(id),
  decided_at BIGINT
);
CREATE INDEX needs_conversations_family ON needs_conversations(family_id, started_at);
-- At most one draft per family: two people starting at once cannot both open one.
CREATE UNIQUE INDEX needs_conversations_one_draft ON needs_conversations(family_id) WHERE status = 'draft';

CREATE TABLE needs_domain_answers (
  conversation_id TEXT NOT NULL REFERENCES needs_conversations(id),
  domain TEXT NOT NULL,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),  -- NULL while not yet talked about
  going_well TEXT NOT NULL DEFAULT '',
  would_help TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (conversation_id, domain)
);

-- Ticked items: pressures, focus areas, adversities (sensitive: read only through the
-- service's gate) and the needs the worker decided to act on.
CREATE TABLE needs_choices (
  conversation_id TEXT NOT NULL REFERENCES needs_conversations(id),
  kind TEXT NOT NULL CHECK (kind IN ('pressure', 'focus_area', 'adversity', 'decided_need')),
  code TEXT NOT NULL,
  position BIGINT NOT NULL,
  PRIMARY KEY (conversation_id, kind, code)
);

-- An area's own level rules, one numbered version after another; with none, the shipped
-- default (data/needs/level-rules.json) is in force.
CREATE TABLE needs_rules_versions (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES areas(id),
  number BIGINT NOT NULL,
  document TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by TEXT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  UNIQUE (area_id, number)
);
