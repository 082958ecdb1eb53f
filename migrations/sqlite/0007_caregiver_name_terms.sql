-- Each word of each caregiver's names (as in caregivers.name_search), so that a search by
-- name finds families through an index: every word typed must begin a word of one of the
-- family's caregivers ("pat" finds Priya Patel, "jo sm" finds Jo Smith). Kept by the family
-- repository whenever a caregiver is written; filled here for caregivers already recorded.
CREATE TABLE caregiver_name_terms (
  term TEXT NOT NULL,
  family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
  caregiver_id TEXT NOT NULL REFERENCES caregivers(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL,  -- the family's programme, so a programme's search reads only its own words
  PRIMARY KEY (term, family_id, caregiver_id)
);
CREATE INDEX caregiver_name_terms_caregiver ON caregiver_name_terms(caregiver_id);
CREATE INDEX caregiver_name_terms_organisation ON caregiver_name_terms(organisation_id, term, family_id);

INSERT INTO caregiver_name_terms (term, family_id, caregiver_id, organisation_id)
WITH RECURSIVE split(caregiver_id, family_id, term, rest) AS (
  SELECT id, family_id, '', name_search || ' ' FROM caregivers
  UNION ALL
  SELECT caregiver_id, family_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
  FROM split WHERE rest <> ''
)
SELECT DISTINCT split.term, split.family_id, split.caregiver_id, f.organisation_id
FROM split JOIN families f ON f.id = split.family_id WHERE split.term <> '';

-- A programme's search by postcode reads only its own families.
CREATE INDEX families_organisation_postcode ON families(organisation_id, postcode_search);
