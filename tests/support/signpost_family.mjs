// A family of the demo programme in RV1 with parental mental health as a focus, and a
// community service of the demo area covering RV1 for it: what the signposting and
// suggestion tests need, put straight into a test server's database.
import { randomUUID } from 'node:crypto';
import { addDemoFamily } from './contact_family.mjs';
import { sql } from './privacy_family.mjs';

/** The family (caregiver `name`, linked to the demo parent); returns its id. */
export function addSignpostFamily(server, name) {
  const { familyId } = addDemoFamily(server.databaseUrl, { name });
  sql(server, `UPDATE families SET postcode = 'RV1 4AB' WHERE id = '${familyId}';
    INSERT INTO family_focus_areas (family_id, focus_area) VALUES ('${familyId}', 'parental_mental_health');`);
  return familyId;
}

/** A community parenting group kept by the demo health visiting organisation; returns its id. */
export function addCommunityService(server, name) {
  const id = randomUUID();
  sql(server, `
    INSERT INTO services (id, organisation_id, area_id, name, level, type, summary, referral_route, review_due,
                          created_at, updated_at)
      SELECT '${id}', o.id, o.area_id, '${name}', 'community', 'parenting_programme', 'Weekly group', 'alongside',
             '2099-01-01', 1, 1
      FROM organisations o WHERE o.name = 'Riverside Health Visiting (demo)';
    INSERT INTO service_coverage (service_id, kind, value) VALUES ('${id}', 'postcode_district', 'RV1');
    INSERT INTO service_needs (service_id, need) VALUES ('${id}', 'parental_mental_health');`);
  return id;
}
