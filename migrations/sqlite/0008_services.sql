-- The directory of services around families, by level of need. Each organisation keeps its
-- own entries; every entry has a review date so stale ones can be flagged. Times are UTC
-- milliseconds; calendar dates 'YYYY-MM-DD' text; flags 0 or 1.

CREATE TABLE services (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),  -- who keeps the entry and receives referrals
  area_id TEXT NOT NULL REFERENCES areas(id),
  name TEXT NOT NULL,
  name_search TEXT NOT NULL DEFAULT '',    -- lower-cased name, summary and type words, for search
  level TEXT NOT NULL CHECK (level IN ('community','universal','targeted','specialist','statutory')),
  type TEXT NOT NULL CHECK (type IN ('peer_support','midwifery','health_visiting','family_hub','parenting_programme',
                                     'perinatal_mental_health','parent_infant_relationship','neonatal',
                                     'childrens_social_care','housing','food_bank','money_advice',
                                     'domestic_abuse','substance_misuse')),
  summary TEXT NOT NULL DEFAULT '',        -- what it offers, in plain words (public)
  eligibility TEXT NOT NULL DEFAULT '',    -- who it is for, in words (public)
  in_pregnancy INTEGER NOT NULL DEFAULT 1, -- 1: open to families during pregnancy
  min_age_months INTEGER,                  -- youngest baby's age served, NULL: no lower limit
  max_age_months INTEGER,                  -- oldest, NULL: no upper limit
  referral_route TEXT NOT NULL CHECK (referral_route IN ('alongside','phone','email','web')),
  referral_contact TEXT NOT NULL DEFAULT '', -- phone number, email address or web address for other routes
  hours TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  accessibility TEXT NOT NULL DEFAULT '',
  response_days INTEGER NOT NULL DEFAULT 10,  -- expected days to answer a referral
  internal_notes TEXT NOT NULL DEFAULT '',    -- for workers only, never in the public view
  review_due TEXT NOT NULL,                   -- after this date the entry is flagged stale
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived')),
  created_by TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX services_area ON services(area_id, status, level, name);
-- The directory's order: level of need (community first), then name; the expression is the
-- one the repository orders by, so a page is read in index order.
CREATE INDEX services_directory_order ON services(area_id, status,
  (CASE level WHEN 'community' THEN 0 WHEN 'universal' THEN 1 WHEN 'targeted' THEN 2 WHEN 'specialist' THEN 3 ELSE 4 END),
  name, id);
-- Counting the matches of a search by words reads this index alone, not every row of the
-- area (SQLite only: in PostgreSQL a long summary could pass a B-tree entry's size limit).
CREATE INDEX services_words ON services(area_id, status, name_search);
CREATE INDEX services_organisation ON services(organisation_id, status, name);
CREATE INDEX services_type ON services(area_id, status, type, name);
CREATE INDEX services_review ON services(status, review_due);

-- Where a service covers: postcode districts ("RV1") or local authorities by name.
CREATE TABLE service_coverage (
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('postcode_district','local_authority')),
  value TEXT NOT NULL,   -- upper-cased district, or the authority's name as written
  PRIMARY KEY (service_id, kind, value)
);
CREATE INDEX service_coverage_value ON service_coverage(kind, value, service_id);

-- The needs a service is for (PAIR focus areas and pressures), for suggestions and filters.
CREATE TABLE service_needs (
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  need TEXT NOT NULL,
  PRIMARY KEY (service_id, need)
);
CREATE INDEX service_needs_need ON service_needs(need, service_id);
