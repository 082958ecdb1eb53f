-- Matching a family waiting for a supporter with a volunteer, and the expense claims
-- volunteers make. A match is proposed by the coordinator and accepted or declined by the
-- volunteer, or withdrawn; one open (proposed) match per family. Money in integer pence;
-- times UTC milliseconds; dates 'YYYY-MM-DD'.

CREATE TABLE volunteer_matches (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('proposed','accepted','declined','withdrawn')),
  note TEXT NOT NULL DEFAULT '',            -- the coordinator's note to the volunteer
  response_reason TEXT NOT NULL DEFAULT '', -- why declined or withdrawn
  proposed_by TEXT NOT NULL REFERENCES users(id),
  proposed_at INTEGER NOT NULL,
  responded_by TEXT REFERENCES users(id),
  responded_at INTEGER
);
CREATE INDEX volunteer_matches_volunteer ON volunteer_matches(volunteer_id, proposed_at);
CREATE INDEX volunteer_matches_family ON volunteer_matches(family_id, proposed_at);
CREATE UNIQUE INDEX volunteer_matches_open ON volunteer_matches(family_id) WHERE status = 'proposed';

-- A programme's own mileage rate; 45p a mile when it has none.
CREATE TABLE programme_expense_rates (
  organisation_id TEXT PRIMARY KEY REFERENCES organisations(id),
  pence_per_mile INTEGER NOT NULL CHECK (pence_per_mile > 0)
);

CREATE TABLE expense_claims (
  id TEXT PRIMARY KEY,
  volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  spent_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('mileage','childcare','travel','other')),
  tenth_miles INTEGER,                      -- mileage: miles x 10
  pence_per_mile INTEGER NOT NULL DEFAULT 0,
  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
  description TEXT NOT NULL DEFAULT '',
  receipt_held INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('submitted','approved','rejected','paid')),
  decision_reason TEXT NOT NULL DEFAULT '',
  decided_by TEXT REFERENCES users(id),
  decided_at INTEGER,
  paid_at INTEGER,
  submitted_by TEXT NOT NULL REFERENCES users(id),
  submitted_at INTEGER NOT NULL
);
CREATE INDEX expense_claims_volunteer ON expense_claims(volunteer_id, spent_on);
CREATE INDEX expense_claims_status ON expense_claims(status, submitted_at);
