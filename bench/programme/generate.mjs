// Prints SQL that adds the programme benchmark's data to a database holding the demo area: a
// large peer support programme with N volunteers (default 500) spread over the journey
// (most active, the rest at every step before, paused or left), three recorded moves each,
// a volunteer position for each active one, 20 time entries each (training, supervision,
// groups, travel) over the past year, six one-to-one supervisions each over the past year, and
// a completed safeguarding module each (a refresher yearly).
//
//   node bench/programme/generate.mjs sqlite|postgres [volunteers]

import { sqlSeries } from '../sql-series.mjs';

const dialect = process.argv[2];
const volunteers = Number(process.argv[3] ?? 500);
if (!['sqlite', 'postgres'].includes(dialect) || !(volunteers > 0)) {
  console.error('usage: generate.mjs sqlite|postgres [volunteers]');
  process.exit(2);
}
const { pg, series, id, pick, dateIn } = sqlSeries(dialect);
const now = Date.now();
const out = [];
const sql = (text) => out.push(text.trim() + ';');
const programme = `(SELECT id FROM organisations WHERE name = 'Riverside Community Parents (demo)')`;
const coordinator = `(SELECT id FROM users WHERE email = 'coordinator@demo.alongside.test')`;
const role = `(SELECT id FROM programme_roles WHERE name = 'Pregnancy Pal' AND organisation_id = ${programme})`;
// Volunteer i's stage: 70% active, then each earlier step, paused and left.
const stages = ['active', 'active', 'active', 'active', 'active', 'active', 'active', 'enquiry', 'training', 'paused'];
const stageOf = (expr) => `CASE WHEN (${expr}) % 97 = 0 THEN 'left' WHEN (${expr}) % 89 = 0 THEN 'dbs_check' ` +
  `WHEN (${expr}) % 83 = 0 THEN 'references' ELSE ${pick(stages, expr)} END`;
const languages = ['English', 'English,Polish', 'English,Urdu', 'English,Bengali', 'English,Somali'];
const lived = ['', 'young_parent', 'father', 'twins', 'neonatal_care', ''];
const activities = ['training', 'supervision', 'group', 'travel'];

if (!pg) sql('PRAGMA journal_mode = WAL'), sql('PRAGMA synchronous = OFF');
sql('BEGIN');
sql(`INSERT INTO volunteers (id, organisation_id, user_id, name, email, phone, postcode, stage, programme_role_id,
    languages, lived_experience, availability, max_families, enquired_on, interviewed_on, references_received,
    dbs_checked_on, dbs_renewal_due, active_since, left_on, left_reason, notes, created_by, created_at, updated_at, version)
  SELECT ${id('e', 'i')}, ${programme}, NULL, 'Bench Volunteer ' || i, '', '', 'RV' || (1 + i % 12) || ' 1AB',
    ${stageOf('i')}, ${role}, ${pick(languages, 'i')}, ${pick(lived, 'i')}, 'mon_am,wed_pm', 1 + i % 3,
    ${dateIn('-(400 + i % 700)')}, ${dateIn('-(390 + i % 700)')}, 2, ${dateIn('-(380 + i % 700)')},
    ${dateIn('(1095 - 380 - i % 700)')}, CASE WHEN ${stageOf('i')} IN ('active', 'paused', 'left') THEN ${dateIn('-(360 + i % 700)')} END,
    CASE WHEN ${stageOf('i')} = 'left' THEN ${dateIn('-(i % 300)')} END, CASE WHEN ${stageOf('i')} = 'left' THEN 'Moved away' ELSE '' END,
    '', ${coordinator}, ${now}, ${now}, 1
  FROM ${series(volunteers)}`);
for (const [n, to] of [[1, 'enquiry'], [2, 'training'], [3, 'active']]) {
  sql(`INSERT INTO volunteer_stage_changes (id, volunteer_id, from_stage, to_stage, changed_on, note, changed_by, changed_at)
    SELECT ${id(String(n), 'i')}, ${id('e', 'i')}, '', '${to}', ${dateIn(`-(400 - ${n * 10} + i % 700)`)}, '',
      ${coordinator}, ${now} - (400 - ${n * 10} + i % 700) * CAST(86400000 AS BIGINT)
    FROM ${series(volunteers)}`);
}
sql(`INSERT INTO volunteer_positions (id, volunteer_id, position, started_on, ended_on, note, created_by, created_at)
  SELECT ${id('f', 'i')}, ${id('e', 'i')}, 'volunteer', ${dateIn('-(360 + i % 700)')}, NULL, '', ${coordinator}, ${now}
  FROM ${series(volunteers)} WHERE ${stageOf('i')} IN ('active', 'paused')`);
sql(`INSERT INTO volunteer_time (id, volunteer_id, activity, on_date, minutes, note, source_type, source_id, logged_by, logged_at)
  SELECT ${id('a', 'i')}, ${id('e', `1 + i % ${volunteers}`)}, ${pick(activities, 'i / 7')}, ${dateIn('-(i % 365)')},
    30 + i % 90, '', '', NULL, ${coordinator}, ${now}
  FROM ${series(volunteers * 20)}`);
sql(`INSERT INTO training_modules (id, organisation_id, name, topic, description, refresher_months, accredited,
    accredited_hours, awarding_body, archived_at, created_at)
  VALUES (${id('9', '1')}, ${programme}, 'Bench safeguarding', 'safeguarding', '', 12, 0, NULL, '', NULL, ${now})`);
sql(`INSERT INTO training_completions (id, volunteer_id, module_id, completed_on, source_session_id, note, recorded_by, recorded_at)
  SELECT ${id('8', 'i')}, ${id('e', 'i')}, ${id('9', '1')}, ${dateIn('-(i % 400)')}, NULL, '', ${coordinator}, ${now}
  FROM ${series(volunteers)}`);
// Supervision j of volunteer (j % volunteers) + 1, held (j % 360) days ago.
sql(`INSERT INTO supervision_sessions (id, organisation_id, kind, held_on, duration_minutes, supervisor_user_id, themes,
    other_themes, actions, created_by, created_at)
  SELECT ${id('7', 'i')}, ${programme}, 'one_to_one', ${dateIn('-(i % 360)')}, 60, ${coordinator}, '', '', '',
    ${coordinator}, ${now}
  FROM ${series(volunteers * 6)}`);
sql(`INSERT INTO supervision_attendees (session_id, volunteer_id)
  SELECT ${id('7', 'i')}, ${id('e', `1 + i % ${volunteers}`)} FROM ${series(volunteers * 6)}`);
sql('COMMIT');
console.log(out.join('\n'));
