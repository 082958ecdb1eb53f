// The volunteer journey over HTTP: the coordinator records an enquiry through the API
// (bad input first: 422 with every field named, 400 for a wrong type), moves it along to
// active once the checks are in, and adds a paid position; the volunteer reads their own
// record and nobody else's; everyone outside the programme is refused, on the API and the
// pages; the pages keep every entry on bad input; the demo programme has its pipeline.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO, FormClient, signIn, startServer } from '../support/server.mjs';
import { api, sql } from '../support/privacy_family.mjs';

describe('the volunteer journey over HTTP', () => {
  let server;
  const tokens = {};

  before(async () => {
    server = await startServer();
    for (const role of ['supporter', 'coordinator', 'parent', 'practitioner', 'commissioner', 'admin', 'member'])
      tokens[role] = await signIn(server.url, DEMO[role]);
  });
  after(async () => server?.stop());

  test('an enquiry is taken to active through the API once its checks are recorded', async () => {
    const bad = await api(server, tokens.coordinator, 'POST', '/api/v1/volunteers',
      { name: '', email: 'nope', postcode: 'RV', max_families: 40, lived_experience: ['astronaut'] });
    assert.equal(bad.status, 422);
    assert.match(bad.type, /application\/problem\+json/);
    for (const field of ['name', 'email', 'postcode', 'max_families', 'lived_experience'])
      assert.match(JSON.stringify(bad.json), new RegExp(field), field);
    const wrongType = await api(server, tokens.coordinator, 'POST', '/api/v1/volunteers', { name: 'X', languages: 'English' });
    assert.equal(wrongType.status, 400);
    const unknown = await api(server, tokens.coordinator, 'POST', '/api/v1/volunteers', { name: 'X', stage: 'active' });
    assert.equal(unknown.status, 400, 'the stage is not set by creating');

    const created = await api(server, tokens.coordinator, 'POST', '/api/v1/volunteers',
      { name: 'Nadia Volunteer', email: 'nadia@example.org', languages: ['English', 'Arabic'], lived_experience: ['twins'] });
    assert.equal(created.status, 201);
    assert.equal(created.json.stage, 'enquiry');
    assert.deepEqual(created.json.journey.map((j) => j.to), ['enquiry']);
    const id = created.json.id;

    const early = await api(server, tokens.coordinator, 'POST', `/api/v1/volunteers/${id}/stage`, { stage: 'active' });
    assert.equal(early.status, 422);
    assert.match(JSON.stringify(early.json), /DBS check/);
    const updated = await api(server, tokens.coordinator, 'PUT', `/api/v1/volunteers/${id}`,
      { version: created.json.version, name: 'Nadia Volunteer', references_received: 2, dbs_checked_on: '2026-01-05',
        languages: ['English', 'Arabic'], lived_experience: ['twins'] });
    assert.equal(updated.status, 200);
    assert.equal(updated.json.dbs_renewal_due, '2029-01-05');
    const stale = await api(server, tokens.coordinator, 'PUT', `/api/v1/volunteers/${id}`,
      { version: created.json.version, name: 'Old copy' });
    assert.equal(stale.status, 409);

    const active = await api(server, tokens.coordinator, 'POST', `/api/v1/volunteers/${id}/stage`, { stage: 'active', note: 'Welcome' });
    assert.equal(active.status, 200);
    assert.equal(active.json.stage, 'active');
    assert.deepEqual(active.json.positions.map((p) => p.position), ['volunteer']);
    const paid = await api(server, tokens.coordinator, 'POST', `/api/v1/volunteers/${id}/positions`,
      { position: 'peer_support_worker', started_on: '2027-01-04' });
    assert.equal(paid.status, 201);
    assert.deepEqual(paid.json.positions.map((p) => [p.position, p.paid]), [['volunteer', false], ['peer_support_worker', true]]);
    assert.equal(sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'volunteer.stage' AND record_id = '${id}'`), '1');
  });

  test('the volunteer reads their own record and nobody else\'s', async () => {
    const mine = await api(server, tokens.supporter, 'GET', '/api/v1/volunteers/mine');
    assert.equal(mine.status, 200);
    assert.equal(mine.json.items.length, 1);
    assert.equal(mine.json.items[0].name, 'Sam Supporter');
    assert.equal(mine.json.items[0].stage, 'active');
    const own = await api(server, tokens.supporter, 'GET', `/api/v1/volunteers/${mine.json.items[0].id}`);
    assert.equal(own.status, 200);
    const someoneElse = sql(server, "SELECT id FROM volunteers WHERE name = 'Maya Okafor'");
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/volunteers/${someoneElse}`)).status, 403);
    assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/volunteers')).status, 403);
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${mine.json.items[0].id}/stage`,
      { stage: 'paused' })).status, 403, 'a volunteer does not move themself along');
    const refusals = sql(server, "SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND record_type = 'volunteer'");
    assert.ok(Number(refusals) >= 2, 'refusals are audited');
  });

  test('everyone outside the programme is refused, on the API and the pages', async () => {
    const maya = sql(server, "SELECT id FROM volunteers WHERE name = 'Maya Okafor'");
    for (const role of ['parent', 'practitioner', 'commissioner', 'admin', 'member']) {
      assert.equal((await api(server, tokens[role], 'GET', '/api/v1/volunteers')).status, 403, `${role}: list`);
      assert.equal((await api(server, tokens[role], 'GET', `/api/v1/volunteers/${maya}`)).status, 403, `${role}: read`);
      assert.equal((await api(server, tokens[role], 'POST', '/api/v1/volunteers', { name: 'X' })).status, 403, `${role}: create`);
      assert.equal((await api(server, tokens[role], 'GET', '/api/v1/programme/dashboard')).status, 403, `${role}: dashboard`);
      const client = new FormClient(server.url);
      await client.signIn(DEMO[role]);
      for (const path of ['/programme', '/programme/volunteers', `/programme/volunteers/${maya}`, '/programme/roles'])
        assert.equal((await client.get(path)).status, 403, `${role}: ${path}`);
    }
    assert.equal((await api(server, tokens.coordinator, 'GET', `/api/v1/volunteers/${randomUUID()}`)).status, 404);
    assert.equal((await api(server, tokens.coordinator, 'GET', '/api/v1/volunteers?stage=retired')).status, 400);
    const signedOut = await fetch(`${server.url}/api/v1/volunteers`, { headers: { accept: 'application/json' } });
    assert.equal(signedOut.status, 401);
  });

  test('the pages keep every entry on bad input, then save the enquiry and the stage', async () => {
    const coordinator = new FormClient(server.url);
    await coordinator.signIn(DEMO.coordinator);
    const bad = await coordinator.submit('/programme/volunteers/new', '/programme/volunteers', {
      name: '', email: 'ravi@', phone: 'ring me', postcode: 'RV9', languages: 'Gujarati <b>',
      lived_experience: 'father', max_families: '2', enquired_on: '2026-13-01', references_received: '0',
      notes: 'Met at the baby group' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /There is a problem/);
    for (const message of ['Enter their name', 'Enter an email address in the correct format', 'Enter a phone number',
      'Enter a full UK postcode', 'Enter their enquiry as a real date'])
      assert.match(bad.text, new RegExp(message), message);
    assert.match(bad.text, /value="ravi@"/);
    assert.match(bad.text, /Gujarati &lt;b&gt;/, 'typed text is kept, escaped');
    assert.match(bad.text, /value="father" checked/);
    assert.match(bad.text, /Met at the baby group/);

    const saved = await coordinator.submit('/programme/volunteers/new', '/programme/volunteers', {
      name: 'Ravi Patel', email: 'ravi@example.org', postcode: 'rv1 2ab', max_families: '1',
      references_received: '0', lived_experience: 'father' });
    assert.equal(saved.status, 303);
    const record = saved.location.split('?')[0];
    const page = await coordinator.get(saved.location);
    assert.match(page.text, /Enquiry recorded/);
    assert.match(page.text, /Ravi Patel/);
    assert.match(page.text, /RV1 2AB/);
    assert.match(page.text, /Is a father/);

    const noStage = await coordinator.submit(`${record}/stage`, `${record}/stage`, { stage: '', note: 'Phoned him' });
    assert.equal(noStage.status, 422);
    assert.match(noStage.text, /Choose the stage they are moving to/);
    assert.match(noStage.text, /Phoned him/);
    const moved = await coordinator.submit(`${record}/stage`, `${record}/stage`, { stage: 'application', note: 'Form sent' });
    assert.equal(moved.status, 303);
    assert.match((await coordinator.get(moved.location)).text, /Application<\/strong> on/);

    const dashboard = await coordinator.get('/programme');
    assert.equal(dashboard.status, 200);
    assert.match(dashboard.text, /The pipeline/);
    assert.match(dashboard.text, /Lena Novak<\/a>: DBS check renewal due/, 'a renewal coming up is listed');
    // Lena has had no one-to-one since a group session weeks ago: her fortnightly supervision is overdue.
    assert.match(dashboard.text, /Supervision overdue[\s\S]*Lena Novak<\/a>: due[\s\S]*Overdue[\s\S]*Refreshers due/);
    assert.doesNotMatch(dashboard.text.split('Supervision overdue')[1].split('Refreshers due')[0], /Sam Supporter/,
      'Sam was supervised a few days ago');
    assert.match(dashboard.text, /2 families waiting<\/a>/, 'the demo\'s two families without a supporter');
    assert.match(dashboard.text, /1 expense claim awaits your approval<\/a> \(£5\.63 in all\)/);
    const figures = await api(server, tokens.coordinator, 'GET', '/api/v1/programme/dashboard');
    assert.equal(figures.status, 200);
    assert.equal(figures.json.families_waiting, 2);
    assert.equal(figures.json.claims_awaiting_pence, 563);
    assert.ok(figures.json.supervision_overdue.some((s) => s.name === 'Lena Novak'));
    assert.equal(typeof figures.json.free_places, 'number');
  });

  test('a programme names its roles, with the supervision each needs', async () => {
    const roles = await api(server, tokens.supporter, 'GET', '/api/v1/programme/roles');
    assert.equal(roles.status, 200);
    assert.deepEqual(roles.json.items.map((r) => r.name), ['Birth Buddy', 'Community Father', 'Pregnancy Pal']);
    const bad = await api(server, tokens.coordinator, 'POST', '/api/v1/programme/roles',
      { name: 'Feeding Friend', supervision_early_days: 0, early_weeks: 4, supervision_later_days: 14 });
    assert.equal(bad.status, 422);
    const added = await api(server, tokens.coordinator, 'POST', '/api/v1/programme/roles',
      { name: 'Feeding Friend', supervision_early_days: 7, early_weeks: 4, supervision_later_days: 28 });
    assert.equal(added.status, 201);
    assert.equal((await api(server, tokens.supporter, 'POST', '/api/v1/programme/roles',
      { name: 'Mine', supervision_early_days: 7, early_weeks: 4, supervision_later_days: 28 })).status, 403);
    const coordinator = new FormClient(server.url);
    await coordinator.signIn(DEMO.coordinator);
    const page = await coordinator.get('/programme/roles');
    assert.match(page.text, /Feeding Friend/);
    assert.match(page.text, /weekly for the first 4 weeks, then every four weeks/);
  });
});
