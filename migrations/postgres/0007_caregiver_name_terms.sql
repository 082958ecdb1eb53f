-- Each word of each caregiver's names (as in caregivers.name_search), so that a search by
-- name finds families through an index: every word typed must begin a word of one of the
-- family's caregivers ("pat" finds Priya Patel, "jo sm" finds Jo Smith). Kept by the family
-- repository whenever a caregiver is written; filled here for caregivers already recorded.
CREATE TABLE caregiver_name_terms (
  term TEXT COLLATE "C" NOT NULL,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  caregiver_id TEXT NOT NULL REFERENCES caregivers(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL,  -- the family's programme, so a programme's search reads only its own words
  PRIMARY KEY (term, family_id, caregiver_id)
);
CREATE INDEX caregiver_name_terms_caregiver ON caregiver_name_terms(caregiver_id);
CREATE INDEX caregiver_name_terms_organisation ON caregiver_name_terms(organisation_id, term, family_id);

INSERT INTO caregiver_name_terms (term, family_id, caregiver_id, organisation_id)
SELECT DISTINCT t.term, c.family_id, c.id, f.organisation_id
FROM caregivers c JOIN families f ON f.id = c.family_id CROSS JOIN LATERAL regexp_split_to_table(c.name_search, ' ') AS t(term)
WHERE t.term <> '';

-- A programme's search by postcode reads only its own families.
CREATE INDEX families_organisation_postcode ON families(organisation_id, postcode_search);
