-- Referrals of a family from one organisation to a service of another, tracked until the
-- family is helped. What the receiving side may read is the snapshot taken when the referral
-- was sent (referral_shared_items), and only while the family's consent to share with that
-- organisation stands. Every change of state is a row in referral_events. Times are UTC
-- milliseconds; calendar dates 'YYYY-MM-DD' text.

CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL REFERENCES families(id),
  service_id TEXT NOT NULL REFERENCES services(id),
  from_organisation_id TEXT NOT NULL REFERENCES organisations(id),
  from_user_id TEXT NOT NULL REFERENCES users(id),
  to_organisation_id TEXT NOT NULL REFERENCES organisations(id),  -- the service's organisation when made
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','sent','received','accepted','declined',
                                                          'first_contact','support_started','closed','withdrawn')),
  reason TEXT NOT NULL DEFAULT '',             -- why, in words the family agreed to share
  share_items TEXT NOT NULL DEFAULT '',        -- a draft's chosen item codes, comma separated
  from_level TEXT NOT NULL CHECK (from_level IN ('community','universal','targeted','specialist','statutory')),
  to_level TEXT NOT NULL CHECK (to_level IN ('community','universal','targeted','specialist','statutory')),
  respond_by TEXT,                             -- sent date + the service's response days
  sent_at INTEGER,
  received_at INTEGER,
  answered_at INTEGER,                         -- accepted or declined at
  decline_reason TEXT NOT NULL DEFAULT '',
  onward_service_id TEXT REFERENCES services(id),  -- where the declining service suggests instead
  onward_note TEXT NOT NULL DEFAULT '',
  first_contact_at INTEGER,                    -- the receiving service's first contact with the family
  support_started_at INTEGER,
  closed_at INTEGER,
  outcome TEXT NOT NULL DEFAULT '',
  withdrawn_at INTEGER,
  withdrawn_reason TEXT NOT NULL DEFAULT '',
  accompanied_at INTEGER,                      -- a peer supporter went along to the first appointment
  accompanied_by TEXT REFERENCES users(id),
  resolved_at INTEGER,                         -- a late or dead-end flag settled by someone
  resolved_by TEXT REFERENCES users(id),
  resolved_note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_inbox ON referrals(to_organisation_id, status, sent_at);
CREATE INDEX referrals_inbox_recent ON referrals(to_organisation_id, sent_at);  -- the inbox unfiltered, newest first
CREATE INDEX referrals_sent ON referrals(from_organisation_id, status, updated_at);
CREATE INDEX referrals_sent_recent ON referrals(from_organisation_id, updated_at);  -- the referrer's list, last changed first
-- Referrals that may need attention (late or a dead end), oldest due first, per referring organisation.
CREATE INDEX referrals_attention ON referrals(from_organisation_id, respond_by)
  WHERE resolved_at IS NULL AND status IN ('sent', 'received', 'declined');
CREATE INDEX referrals_family ON referrals(family_id, created_at);
CREATE INDEX referrals_referrer ON referrals(from_user_id, status, updated_at);
CREATE INDEX referrals_waiting ON referrals(status, respond_by);

-- What was shared, frozen when the referral was sent: one row per item the referrer chose.
CREATE TABLE referral_shared_items (
  referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item TEXT NOT NULL,       -- the kind of item: 'caregivers', 'contact_details', 'address', 'babies', 'focus_areas', ...
  label TEXT NOT NULL,      -- words for the reader: "Caregiver"
  value TEXT NOT NULL,      -- what was shared: "Amira Khan (she/her)"
  PRIMARY KEY (referral_id, position)
);

-- Every change of a referral's state: who, when, and a note.
CREATE TABLE referral_events (
  id TEXT PRIMARY KEY,
  referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  by_user_id TEXT NOT NULL DEFAULT '',
  by_organisation_id TEXT NOT NULL DEFAULT '',
  at INTEGER NOT NULL
);
CREATE INDEX referral_events_referral ON referral_events(referral_id, at);
