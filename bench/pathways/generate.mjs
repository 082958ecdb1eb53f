// Prints SQL that adds the pathways benchmark's data to a database already holding the demo
// area and the families of bench/families/generate.mjs: 500 organisations running 5,000
// services in Riverside (with the postcode districts they cover and the needs they are for),
// and 1,000,000 referrals of those families to those services over about three years.
//
//   node bench/pathways/generate.mjs sqlite|postgres [families] [services] [referrals]
//
// Every 50th referral goes to the demo health visiting service, so practitioner@'s inbox
// holds 20,000 referrals, most of them long closed, as a busy team's would after three years.

import { sqlSeries } from '../sql-series.mjs';

const dialect = process.argv[2];
const families = Number(process.argv[3] ?? 100_000);
const services = Number(process.argv[4] ?? 5_000);
const referrals = Number(process.argv[5] ?? 1_000_000);
if (!['sqlite', 'postgres'].includes(dialect) || !(families > 0) || !(services >= 10) || !(referrals > 0)) {
  console.error('usage: generate.mjs sqlite|postgres [families] [services] [referrals]');
  process.exit(2);
}
const { pg, day, series, id, pick, dateIn } = sqlSeries(dialect);
const organisations = Math.max(1, Math.floor(services / 10));
const now = Date.now();

const levels = ['community', 'universal', 'targeted', 'specialist', 'statutory'];
const typesByLevel = {
  community: ['peer_support', 'food_bank', 'family_hub'],
  universal: ['midwifery', 'health_visiting', 'family_hub'],
  targeted: ['parenting_programme', 'money_advice', 'housing', 'domestic_abuse'],
  specialist: ['perinatal_mental_health', 'parent_infant_relationship', 'neonatal', 'substance_misuse'],
  statutory: ['childrens_social_care'],
};
const types = levels.flatMap((level) => typesByLevel[level].map((type) => [level, type]));
const words = ['Riverside', 'Northbank', 'Millbrook', 'Harbour', 'Oakfield', 'Meadow', 'Castle', 'Brookside',
  'Elmwood', 'Kingsway', 'Station', 'Parkside', 'Hillcrest'];
const kindsOfOrganisation = ['universal_service', 'targeted_service', 'specialist_service'];
const districts = ['RV1', 'RV2', 'RV3', 'RV4', 'RV5', 'RV6', 'RV7', 'RV8', 'RV9', 'RV10', 'RV11', 'RV12'];
const needs = ['antenatal', 'neonatal_care', 'parental_mental_health', 'childrens_social_care', 'housing', 'food',
  'money', 'isolation'];

const out = [];
const sql = (text) => out.push(text.trim() + ';');
const area = `(SELECT id FROM areas WHERE name = 'Riverside (demo area)')`;
// Service i has type pair i % types.length: a level and a type that belong together.
const levelOf = (expr) => pick(types.map(([level]) => level), expr);
const typeOf = (expr) => pick(types.map(([, type]) => type), expr);
const serviceName = (expr) => `${pick(words, `(${expr}) / 3`)} || ' ' || replace(${typeOf(expr)}, '_', ' ') || ' ' || (${expr})`;

if (!pg) sql('PRAGMA journal_mode = WAL'), sql('PRAGMA synchronous = OFF');
sql('BEGIN');
sql(`INSERT INTO organisations (id, area_id, name, kind, created_at)
  SELECT ${id('c', 'i')}, ${area}, 'Bench service organisation ' || i, ${pick(kindsOfOrganisation, 'i')}, ${now}
  FROM ${series(organisations)}`);
sql(`INSERT INTO services (id, organisation_id, area_id, name, name_search, level, type, summary, eligibility,
    in_pregnancy, min_age_months, max_age_months, referral_route, referral_contact, hours, languages, response_days,
    internal_notes, review_due, status, created_at, updated_at, version)
  SELECT ${id('d', 'i')}, ${id('c', `(i % ${organisations}) + 1`)}, ${area}, ${serviceName('i')},
    lower(${serviceName('i')} || ' support for families in pregnancy and the first years'), ${levelOf('i')},
    ${typeOf('i')}, 'Support for families in pregnancy and the first years.', 'Families living in the districts covered.',
    CASE WHEN i % 4 = 0 THEN 0 ELSE 1 END, NULL, CASE WHEN i % 3 = 0 THEN 24 ELSE 60 END,
    CASE WHEN i % 5 = 0 THEN 'phone' ELSE 'alongside' END, CASE WHEN i % 5 = 0 THEN '01632 960000' ELSE '' END,
    'Monday to Friday, 9am to 5pm', 'English', 5 + i % 10, 'Ask for the duty worker.',
    ${dateIn('365 - (i % 400)')}, CASE WHEN i % 50 = 0 THEN 'archived' ELSE 'active' END, ${now}, ${now}, 1
  FROM ${series(services)}`);
// Three neighbouring districts each; every tenth service covers the whole area (no rows).
for (const offset of [0, 1, 2]) {
  sql(`INSERT INTO service_coverage (service_id, kind, value)
    SELECT ${id('d', 'i')}, 'postcode_district', ${pick(districts, `i + ${offset}`)}
    FROM ${series(services)} WHERE i % 10 <> 0`);
}
for (const offset of [0, 3]) {
  sql(`INSERT INTO service_needs (service_id, need) SELECT ${id('d', 'i')}, ${pick(needs, `i + ${offset}`)}
    FROM ${series(services)}`);
}

// Referral i: family (i % families) + 1, sent (i % 1100) days ago; every 50th goes to the
// demo health visiting service. Older ones have run their course; recent ones are under way.
const demoHealthVisiting = `(SELECT s.id FROM services s JOIN organisations o ON o.id = s.organisation_id
  WHERE o.name = 'Riverside Health Visiting (demo)' AND s.type = 'health_visiting' ORDER BY s.created_at LIMIT 1)`;
const serviceOf = `CASE WHEN s.i % 50 = 0 THEN ${demoHealthVisiting} ELSE ${id('d', `(s.i % ${services}) + 1`)} END`;
const sentAt = `(${now} - (s.i % 1100) * ${day} - (s.i % 997) * 60000)`;
const ageDays = '(s.i % 1100)';
const status = `CASE WHEN ${ageDays} > 90 THEN ${pick(['closed', 'closed', 'closed', 'declined', 'withdrawn'], 's.i / 7')}
  ELSE ${pick(['sent', 'received', 'accepted', 'first_contact', 'support_started'], 's.i / 7')} END`;
const sentDate = pg ? `to_char(to_timestamp(${sentAt} / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
                    : `date(${sentAt} / 1000, 'unixepoch')`;
const coordinator = `(SELECT id FROM users WHERE email = 'coordinator@demo.alongside.test')`;
const respondBy = pg ? `to_char((to_timestamp(${sentAt} / 1000) AT TIME ZONE 'UTC')::date + sv.response_days::int, 'YYYY-MM-DD')`
                     : `date(${sentAt} / 1000, 'unixepoch', sv.response_days || ' days')`;
sql(`INSERT INTO referrals (id, family_id, service_id, from_organisation_id, from_user_id, to_organisation_id, status,
    reason, from_level, to_level, respond_by, sent_at, received_at, answered_at, first_contact_at, closed_at,
    outcome, created_at, updated_at, version)
  SELECT ${id('e', 's.i')}, f.id, sv.id, f.organisation_id, ${coordinator}, sv.organisation_id, ${status},
    'The family would like help with feeding and sleep, and to meet other parents.', 'community', sv.level,
    ${respondBy}, ${sentAt}, ${sentAt} + ${day}, ${sentAt} + 2 * ${day}, ${sentAt} + 6 * ${day},
    CASE WHEN ${ageDays} > 90 THEN ${sentAt} + 80 * ${day} ELSE NULL END, '', ${sentAt}, ${sentAt}, 1
  FROM ${series(referrals)}
  JOIN families f ON f.id = ${id(4, `(s.i % ${families}) + 1`)}
  JOIN services sv ON sv.id = ${serviceOf}`);
// What each referral shared: the caregivers and the reason, two rows each.
sql(`INSERT INTO referral_shared_items (referral_id, position, item, label, value)
  SELECT r.id, 1, 'caregivers', 'Caregivers', f.display_name
  FROM referrals r JOIN families f ON f.id = r.family_id WHERE r.id LIKE 'b0000000-0000-7000-e000-%'`);
sql('COMMIT');
sql('ANALYZE');
console.log(out.join('\n'));
