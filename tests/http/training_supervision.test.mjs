// Training and supervision over HTTP, on the demo programme: modules and sessions through
// the API (422 with every field named, 400 for a wrong type), attendance that completes
// the module and gives its hours; logging a one-to-one whose reflective note only the
// supervisor and the supervisee read (a second coordinator of the same programme and
// another volunteer get 403); overdue supervision; the pages keep every entry on bad
// input; and everyone outside the programme is refused, on the API and the pages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO, FormClient, signIn, startServer } from '../support/server.mjs';
import { api, quote, sql } from '../support/privacy_family.mjs';

const SECOND = 'second.coordinator@example.org';

/** A second coordinator of the demo programme, with the demo password (copied from Chloe's account). */
function addSecondCoordinator(server) {
  const id = randomUUID();
  sql(server, `INSERT INTO users (id, email, name, password_hash, email_verified_at, created_at)
    SELECT ${quote(id)}, ${quote(SECOND)}, 'Cara Second', password_hash, email_verified_at, created_at
    FROM users WHERE email = ${quote(DEMO.coordinator)}`);
  sql(server, `INSERT INTO user_roles (id, user_id, role, organisation_id, created_at)
    SELECT ${quote(randomUUID())}, ${quote(id)}, 'coordinator', r.organisation_id, r.created_at
    FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = ${quote(DEMO.coordinator)} AND r.role = 'coordinator'`);
}

describe('training and supervision over HTTP', () => {
  let server;
  const tokens = {};
  const ids = {};

  before(async () => {
    server = await startServer();
    addSecondCoordinator(server);
    for (const role of ['supporter', 'coordinator', 'parent', 'practitioner', 'commissioner', 'admin', 'member'])
      tokens[role] = await signIn(server.url, DEMO[role]);
    tokens.second = await signIn(server.url, SECOND);
    for (const name of ['Sam Supporter', 'Lena Novak', 'Maya Okafor'])
      ids[name] = sql(server, `SELECT id FROM volunteers WHERE name = ${quote(name)}`);
  });
  after(async () => server?.stop());

  test('a session of a module is added and its attendance completes the module and gives its hours', async () => {
    const modules = await api(server, tokens.coordinator, 'GET', '/api/v1/training/modules');
    assert.equal(modules.status, 200);
    assert.ok(modules.json.items.some((m) => m.topic === 'perinatal_mental_health'), 'the demo has the usual modules');
    const again = await api(server, tokens.coordinator, 'POST', '/api/v1/training/modules/usual', {});
    assert.equal(again.status, 200);
    assert.deepEqual(again.json.items, [], 'the usual modules are added only once');

    const bad = await api(server, tokens.coordinator, 'POST', '/api/v1/training/modules',
      { name: '', topic: 'knitting', refresher_months: 0 });
    assert.equal(bad.status, 422);
    for (const field of ['name', 'topic', 'refresher_months']) assert.match(JSON.stringify(bad.json), new RegExp(field), field);
    assert.equal((await api(server, tokens.coordinator, 'POST', '/api/v1/training/modules',
      { name: 'Infant feeding', topic: 'infant_feeding', refresher_months: 'twelve' })).status, 400);
    const feeding = await api(server, tokens.coordinator, 'POST', '/api/v1/training/modules',
      { name: 'Infant feeding', topic: 'infant_feeding', refresher_months: 24 });
    assert.equal(feeding.status, 201);

    const badSession = await api(server, tokens.coordinator, 'POST', '/api/v1/training/sessions',
      { module_id: randomUUID(), held_on: '2026-02-30', start_time: '25:00', duration_minutes: 5 });
    assert.equal(badSession.status, 422);
    for (const field of ['module_id', 'held_on', 'start_time', 'duration_minutes'])
      assert.match(JSON.stringify(badSession.json), new RegExp(field), field);
    const session = await api(server, tokens.coordinator, 'POST', '/api/v1/training/sessions',
      { module_id: feeding.json.id, held_on: '2026-01-15', start_time: '10:00', duration_minutes: 90, capacity: 8 });
    assert.equal(session.status, 201);

    const marked = await api(server, tokens.coordinator, 'PUT', `/api/v1/training/sessions/${session.json.id}/attendance`,
      { marks: [{ volunteer_id: ids['Lena Novak'], attended: true }, { volunteer_id: ids['Maya Okafor'], attended: false }] });
    assert.equal(marked.status, 200);
    assert.equal(marked.json.attended_count, 1);
    const lena = await api(server, tokens.coordinator, 'GET', `/api/v1/volunteers/${ids['Lena Novak']}/training`);
    assert.ok(lena.json.completions.some((c) => c.module_id === feeding.json.id && c.completed_on === '2026-01-15'));
    assert.equal(sql(server, `SELECT minutes FROM volunteer_time WHERE source_id = ${quote(session.json.id)}`), '90');
    await api(server, tokens.coordinator, 'PUT', `/api/v1/training/sessions/${session.json.id}/attendance`,
      { marks: [{ volunteer_id: ids['Lena Novak'], attended: false }] });
    assert.equal(sql(server, `SELECT COUNT(*) FROM volunteer_time WHERE source_id = ${quote(session.json.id)}`), '0',
      'hours follow attendance');
    assert.equal((await api(server, tokens.coordinator, 'PUT', `/api/v1/training/sessions/${session.json.id}/attendance`,
      { marks: 'everyone' })).status, 400);

    const due = await api(server, tokens.coordinator, 'GET', '/api/v1/training/refreshers-due');
    assert.ok(due.json.items.some((r) => r.volunteer_name === 'Lena Novak' && r.module_name.startsWith('Safeguarding')),
      'Lena\'s safeguarding refresher is coming due');

    const own = await api(server, tokens.supporter, 'GET', `/api/v1/volunteers/${ids['Sam Supporter']}/training`);
    assert.equal(own.status, 200);
    assert.ok(own.json.completions.length >= 1, 'Sam attended the demo safeguarding session');
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/volunteers/${ids['Lena Novak']}/training`)).status, 403);
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${ids['Sam Supporter']}/training/completions`,
      { module_id: feeding.json.id, completed_on: '2026-01-01' })).status, 403, 'a volunteer does not record their own');
    assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/training/sessions')).status, 403);
  });

  test('the reflective note stays between the supervisor and the supervisee', async () => {
    const bad = await api(server, tokens.coordinator, 'POST', '/api/v1/supervision',
      { kind: 'one_to_one', held_on: '2099-01-01', duration_minutes: 0, volunteer_ids: [ids['Sam Supporter'], ids['Lena Novak']] });
    assert.equal(bad.status, 422);
    for (const field of ['held_on', 'duration_minutes', 'volunteer_ids']) assert.match(JSON.stringify(bad.json), new RegExp(field), field);
    assert.equal((await api(server, tokens.coordinator, 'POST', '/api/v1/supervision',
      { kind: 'one_to_one', held_on: '2026-01-10', duration_minutes: '60', volunteer_ids: [ids['Sam Supporter']] })).status, 400);

    const logged = await api(server, tokens.coordinator, 'POST', '/api/v1/supervision',
      { kind: 'one_to_one', held_on: '2026-01-10', duration_minutes: 45, volunteer_ids: [ids['Sam Supporter']],
        themes: ['boundaries'], note: 'Talked about saying no kindly.' });
    assert.equal(logged.status, 201);
    assert.equal(logged.json.has_note, true);
    const note = `/api/v1/supervision/${logged.json.id}/note`;
    assert.equal((await api(server, tokens.coordinator, 'GET', note)).json.body, 'Talked about saying no kindly.');
    assert.equal((await api(server, tokens.supporter, 'GET', note)).json.body, 'Talked about saying no kindly.');
    assert.equal((await api(server, tokens.second, 'GET', note)).status, 403, 'another coordinator of the programme');
    assert.equal((await api(server, tokens.second, 'PUT', note, { body: 'mine now' })).status, 403);
    for (const role of ['parent', 'practitioner', 'commissioner', 'admin', 'member'])
      assert.equal((await api(server, tokens[role], 'GET', note)).status, 403, role);
    const refused = sql(server, "SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND record_type = 'supervision_note'");
    assert.ok(Number(refused) >= 2, `refusals are audited (${refused})`);

    const seen = await api(server, tokens.second, 'GET', `/api/v1/volunteers/${ids['Sam Supporter']}/supervision`);
    assert.equal(seen.status, 200);
    const entry = seen.json.sessions.find((s) => s.id === logged.json.id);
    assert.equal(entry.may_read_note, false);
    assert.doesNotMatch(JSON.stringify(seen.json), /saying no kindly/);

    const secondPage = new FormClient(server.url);
    await secondPage.signIn(SECOND);
    const page = await secondPage.get(`/programme/volunteers/${ids['Sam Supporter']}/supervision`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /saying no kindly/, 'the page does not show it either');
    assert.match(page.text, /kept between the supervisor and the volunteer/);

    const statuses = await api(server, tokens.coordinator, 'GET', '/api/v1/supervision/statuses');
    assert.equal(statuses.status, 200);
    assert.equal(statuses.json.items.find((s) => s.volunteer_name === 'Lena Novak').overdue, true);
    assert.equal(statuses.json.items.find((s) => s.volunteer_name === 'Sam Supporter').overdue, false);
    assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/supervision/statuses')).status, 403);

    const checkIn = await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${ids['Sam Supporter']}/checkins`,
      { score: 9 });
    assert.equal(checkIn.status, 422);
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${ids['Sam Supporter']}/checkins`,
      { score: 3, note: 'Tired', follow_up: true })).status, 201);
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${ids['Lena Novak']}/checkins`,
      { score: 3 })).status, 403);
    assert.equal((await api(server, tokens.coordinator, 'GET', `/api/v1/supervision/${randomUUID()}/note`)).status, 404);
  });

  test('the pages keep every entry on bad input and refuse everyone outside the programme', async () => {
    const coordinator = new FormClient(server.url);
    await coordinator.signIn(DEMO.coordinator);
    const sam = `/programme/volunteers/${ids['Sam Supporter']}/supervision`;
    const bad = await coordinator.submit(sam, sam, { kind: 'group', held_on: 'yesterday', duration_minutes: '45',
      actions: 'Ring the midwife', note: 'Private <thoughts>' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /There is a problem/);
    assert.match(bad.text, /Enter the date of the supervision as a real date/);
    assert.match(bad.text, /Choose at least two volunteers who came to the group/);
    assert.match(bad.text, /A reflective note is for a one-to-one only/);
    assert.match(bad.text, /Ring the midwife/);
    assert.match(bad.text, /Private &lt;thoughts&gt;/);
    const saved = await coordinator.submit(sam, sam, { kind: 'one_to_one', held_on: '2026-01-12', duration_minutes: '30',
      themes: 'safeguarding', note: 'A note for the two of us' });
    assert.equal(saved.status, 303);
    const page = await coordinator.get(saved.location);
    assert.match(page.text, /Supervision logged/);
    assert.match(page.text, /A note for the two of us/);

    const sessions = await api(server, tokens.coordinator, 'GET', '/api/v1/training/sessions');
    const past = sessions.json.items.find((s) => s.module_name.startsWith('Safeguarding'));
    const attendance = `/programme/training/sessions/${past.id}`;
    const view = await coordinator.get(attendance);
    assert.equal(view.status, 200);
    assert.match(view.text, /Sam Supporter/);
    const badSession = await coordinator.submit('/programme/training/sessions/new', '/programme/training/sessions/new',
      { module_id: '', held_on: '', duration_minutes: '2000', location: 'The <hall>' });
    assert.equal(badSession.status, 422);
    assert.match(badSession.text, /Choose the module the session teaches/);
    assert.match(badSession.text, /The &lt;hall&gt;/);
    assert.equal((await coordinator.get('/programme/training')).status, 200);
    assert.equal((await coordinator.get('/programme/supervision')).status, 200);

    const maya = ids['Maya Okafor'];
    for (const role of ['parent', 'practitioner', 'commissioner', 'admin', 'member', 'supporter']) {
      const client = new FormClient(server.url);
      await client.signIn(DEMO[role]);
      for (const path of ['/programme/training', '/programme/supervision', attendance,
        `/programme/volunteers/${maya}/training`, `/programme/volunteers/${maya}/supervision`])
        assert.equal((await client.get(path)).status, 403, `${role}: ${path}`);
    }
  });
});
