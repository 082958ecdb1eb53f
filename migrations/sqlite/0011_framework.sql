-- The caregiving framework (Thriving Together's three Domains of Caregiving) as data, one
-- numbered version after another for each area. Version 1 is loaded from the file shipped
-- in data/framework/; an administrator's adaptation (new wording, local items) makes the next
-- version. Records made against the framework keep the id of the version they used, so
-- earlier wording is never lost. The document is JSON in the shipped file's format.

CREATE TABLE framework_versions (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES areas(id),
  number INTEGER NOT NULL,                      -- 1, 2, 3 … within the area
  based_on_id TEXT REFERENCES framework_versions(id),  -- the version it adapted; NULL for one loaded from a file
  edition TEXT NOT NULL,                        -- the shipped file's edition it goes back to
  document TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',                -- what changed, in the administrator's words
  created_by TEXT REFERENCES users(id),         -- NULL when loaded by the system
  created_at INTEGER NOT NULL,
  UNIQUE (area_id, number)
);
