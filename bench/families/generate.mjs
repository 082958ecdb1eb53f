// Prints SQL that fills a database (already migrated and seeded with the demo area) with a
// fictional area for the family-journeys benchmark: programmes, peer supporters, families
// with caregivers and babies, and contacts. Everything is made by the database itself from
// number series (bench/sql-series.mjs).
//
//   node bench/families/generate.mjs sqlite|postgres [families] [contacts_per_family]
//
// The demo programme ("Riverside Community Parents (demo)") gets every tenth family, so the
// demo coordinator's list and search run over 10% of the area; the demo supporter is given
// 30 families, like a busy volunteer. Names and postcodes are drawn from short lists so that
// searches find many matches, as they would in a real area.

import { sqlSeries } from '../sql-series.mjs';

const dialect = process.argv[2];
const families = Number(process.argv[3] ?? 100_000);
const perFamily = Number(process.argv[4] ?? 20);
if (!['sqlite', 'postgres'].includes(dialect) || !(families > 0) || !(perFamily >= 0)) {
  console.error('usage: generate.mjs sqlite|postgres [families] [contacts_per_family]');
  process.exit(2);
}
const { pg, day, series, id, pick, dateIn } = sqlSeries(dialect);
const programmes = 10;
const supporters = Math.max(1, Math.ceil(families / 25));
const now = Date.now();

const firstNames = ['Amira', 'Bethany', 'Chloe', 'Daniela', 'Efua', 'Fatima', 'Grace', 'Hannah', 'Isla', 'Jade',
  'Kemi', 'Laila', 'Maya', 'Niamh', 'Olivia', 'Priya', 'Rosa', 'Sadia', 'Tamsin', 'Yasmin', 'Zofia', 'Aaron', 'Kwame', 'Tom'];
const surnames = ['Ahmed', 'Brown', 'Campbell', 'Davies', 'Evans', 'Francis', 'Green', 'Hughes', 'Iqbal', 'Jones',
  'Khan', 'Lewis', 'Mensah', 'Nowak', 'Okafor', 'Patel', 'Quinn', 'Roberts', 'Smith', 'Taylor', 'Usman', 'Walker',
  'Young', 'Zielinski', 'Murphy', 'Kowalski', 'Singh', 'Hussain', 'Williams', 'Clarke', 'Begum', 'Wright'];
const districts = ['RV1', 'RV2', 'RV3', 'RV4', 'RV5', 'RV6', 'RV7', 'RV8', 'RV9', 'RV10', 'RV11', 'RV12'];
const kinds = ['home_visit', 'phone', 'video', 'text', 'group_session', 'appointment', 'antenatal_class', 'birth_support'];

const out = [];
const sql = (text) => out.push(text.trim() + ';');

if (!pg) sql('PRAGMA journal_mode = WAL'), sql('PRAGMA synchronous = OFF');
sql('BEGIN');
const area = `(SELECT id FROM areas WHERE name = 'Riverside (demo area)')`;
const demoProgramme = `(SELECT id FROM organisations WHERE name = 'Riverside Community Parents (demo)')`;
const demoSupporter = `(SELECT id FROM users WHERE email = 'supporter@demo.alongside.test')`;

sql(`INSERT INTO organisations (id, area_id, name, kind, created_at)
  SELECT ${id(1, 'i')}, ${area}, 'Bench programme ' || i, 'peer_support_programme', ${now}
  FROM ${series(programmes - 1)}`);
// Programme k (0-based) of family i: 0 is the demo programme, others the generated ones.
const programmeOf = (expr) =>
  `(CASE WHEN (${expr}) % ${programmes} = 0 THEN ${demoProgramme} ELSE ${id(1, `(${expr}) % ${programmes}`)} END)`;

sql(`INSERT INTO users (id, email, name, password_hash, email_verified_at, created_at)
  SELECT ${id(2, 'i')}, 'bench-supporter-' || i || '@bench.alongside.test', 'Bench Supporter ' || i, '', ${now}, ${now}
  FROM ${series(supporters)}`);
// Supporter j serves programme j % programmes, so families and supporters line up.
sql(`INSERT INTO user_roles (id, user_id, role, organisation_id, created_at)
  SELECT ${id(3, 'i')}, ${id(2, 'i')}, 'peer_supporter', ${programmeOf('i')}, ${now}
  FROM ${series(supporters)}`);

// Family i: a supporter of its own programme (supporter number with the same remainder),
// except every 12th family is waiting for one; the demo supporter gets the first 30 of the
// demo programme. Stage dates run from 9 months ahead (early pregnancy) to 5 years back.
const supporterOf = (expr) =>
  `(CASE WHEN (${expr}) % 12 = 0 THEN NULL
         WHEN (${expr}) % ${programmes} = 0 AND (${expr}) <= ${programmes * 30} THEN ${demoSupporter}
         ELSE ${id(2, `(((${expr}) / ${programmes}) % ${Math.max(1, Math.floor(supporters / programmes) - 1)}) * ${programmes} + ((${expr}) % ${programmes}) + ${programmes}`)} END)`;
const stageDays = (expr) => `(270 - ((${expr}) * 7919) % 2100)`;
const familyName = (expr) => `${pick(firstNames, expr)} || ' ' || ${pick(surnames, `(${expr}) / 7`)}`;
const postcode = (expr) => `${pick(districts, `(${expr}) / 3`)} || ' ' || ((${expr}) % 9 + 1) || 'AB'`;
sql(`INSERT INTO families (id, organisation_id, area_id, address_line_1, town, postcode, postcode_search, strengths,
    supporter_user_id, support_consent, status, display_name, stage_date, last_contact_at, created_by, created_at,
    updated_at, version)
  SELECT ${id(4, 'i')}, ${programmeOf('i')}, ${area}, (i % 200 + 1) || ' River Street', 'Riverside', ${postcode('i')},
    replace(${postcode('i')}, ' ', ''), 'We laugh a lot together', ${supporterOf('i')}, 1,
    CASE WHEN i % 15 = 0 THEN 'closed' ELSE 'open' END, ${familyName('i')}, ${dateIn(stageDays('i'))},
    ${now} - (i % 40) * ${day}, '', ${now} - (i % 900) * ${day}, ${now}, 1
  FROM ${series(families)}`);
sql(`INSERT INTO caregivers (id, family_id, name, name_search, preferred_language, relationship_to_baby, created_at)
  SELECT ${id(5, 'i')}, ${id(4, 'i')}, ${familyName('i')}, lower(${familyName('i')}), 'English', 'mother', ${now}
  FROM ${series(families)}`);
sql(`INSERT INTO caregivers (id, family_id, name, name_search, preferred_language, relationship_to_baby, created_at)
  SELECT ${id(6, 'i')}, ${id(4, 'i')}, ${pick(firstNames, 'i + 11')} || ' ' || ${pick(surnames, '(i / 7) + 3')},
    lower(${pick(firstNames, 'i + 11')} || ' ' || ${pick(surnames, '(i / 7) + 3')}), 'English', 'partner', ${now}
  FROM ${series(families)} WHERE i % 2 = 0`);
// Each word of the generated caregivers' names, for search (as the family repository keeps them).
sql(pg ? `INSERT INTO caregiver_name_terms (term, family_id, caregiver_id, organisation_id)
  SELECT DISTINCT t.term, c.family_id, c.id, f.organisation_id
  FROM caregivers c JOIN families f ON f.id = c.family_id CROSS JOIN LATERAL regexp_split_to_table(c.name_search, ' ') AS t(term)
  WHERE t.term <> '' AND c.id LIKE 'b0000000-%'`
  : `INSERT INTO caregiver_name_terms (term, family_id, caregiver_id, organisation_id)
  WITH RECURSIVE split(caregiver_id, family_id, term, rest) AS (
    SELECT id, family_id, '', name_search || ' ' FROM caregivers WHERE id LIKE 'b0000000-%'
    UNION ALL
    SELECT caregiver_id, family_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
    FROM split WHERE rest <> '')
  SELECT DISTINCT split.term, split.family_id, split.caregiver_id, f.organisation_id
  FROM split JOIN families f ON f.id = split.family_id WHERE split.term <> ''`);
sql(`INSERT INTO babies (id, family_id, due_date, birth_date, name, created_at)
  SELECT ${id(7, 'i')}, ${id(4, 'i')}, ${dateIn(stageDays('i'))},
    CASE WHEN ${stageDays('i')} < 0 THEN ${dateIn(stageDays('i'))} ELSE NULL END, '', ${now}
  FROM ${series(families)}`);
sql(`INSERT INTO family_assignments (id, family_id, supporter_user_id, assigned_by, assigned_at)
  SELECT ${id(8, 'i')}, f.id, f.supporter_user_id, '', f.created_at
  FROM ${series(families)} JOIN families f ON f.id = ${id(4, 'i')} WHERE f.supporter_user_id IS NOT NULL`);
sql(`INSERT INTO consent_records (id, family_id, kind, organisation_id, decision, method, decided_at, recorded_at, recorded_by)
  SELECT ${id(9, 'i')}, ${id(4, 'i')}, 'support', '', 'given', 'in_person', ${now} - (i % 900) * ${day},
    ${now} - (i % 900) * ${day}, ''
  FROM ${series(families)}`);

// Contacts: perFamily per family, submitted, one every fortnight back from the last contact.
// The column list follows migrations/*/0003_contacts.sql (see contactsInsert below).
if (perFamily > 0) out.push(contactsInsert());
// The generated reminders need no refresh: mark today's daily task job as done, so the
// server measured is not also walking every family (as it would at 07:00).
sql(`INSERT INTO daily_job_runs (job, run_date, finished_at) VALUES ('tasks', ${dateIn(0)}, ${now})`);
sql('COMMIT');
if (!pg) sql('ANALYZE'); else sql('ANALYZE');
console.log(out.join('\n'));

function contactsInsert() {
  // Contact n belongs to family (n - 1) / perFamily + 1 and is its k-th newest, k = (n - 1) % perFamily.
  const total = families * perFamily;
  const familyOf = `((s.i - 1) / ${perFamily} + 1)`;
  const k = `((s.i - 1) % ${perFamily})`;
  const occurred = `(${now} - (${k} * 14 + ${familyOf} % 40) * ${day})`;
  const dateOf = pg ? `to_char(to_timestamp(${occurred} / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
                    : `date(${occurred} / 1000, 'unixepoch')`;
  const coordinator = `(SELECT id FROM users WHERE email = 'coordinator@demo.alongside.test')`;
  const topics = ['feeding', 'sleep', 'bonding_and_play', 'emotional_wellbeing', 'relationships', 'practical_help'];
  return [
    `INSERT INTO contacts (id, family_id, author_user_id, status, kind, contact_date, start_time, occurred_at,
      duration_minutes, location, notes, submitted_at, created_at, updated_by, updated_at)
    SELECT ${id('a', 's.i')}, f.id, COALESCE(f.supporter_user_id, ${coordinator}), 'submitted',
      ${pick(kinds, 's.i')}, ${dateOf}, '', ${occurred}, 30 + (s.i % 6) * 15, 'At home',
      'We talked about how the week had gone and what would help next.', ${occurred}, ${occurred}, '', ${occurred}
    FROM ${series(total)} JOIN families f ON f.id = ${id(4, familyOf)};`,
    `INSERT INTO contact_topics (contact_id, topic)
    SELECT ${id('a', 's.i')}, ${pick(topics, 's.i')} FROM ${series(total)};`,
  ].join('\n');
}
