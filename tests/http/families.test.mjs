// The family record over HTTP: each role is refused what it must not see on the pages and
// through the API (member, commissioner, administrator, a practitioner of another
// organisation, a supporter the family is not assigned to, a parent not linked to it);
// recording a family with bad input, the duplicate warning, an edit that clashes, and
// assigning, closing and reopening. Uses the demo programme's seeded families: Amara
// Okafor, Bethan Hughes and Grace Mensah on the demo supporter's caseload; Dana Kowalska
// and Efe Adeyemi waiting for a supporter.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, csrfTokenFrom, signIn, startServer } from '../support/server.mjs';

async function api(server, token, method, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json',
      ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text,
    json: text.startsWith('{') ? JSON.parse(text) : null };
}

const NEW_FAMILY = {
  caregiver_name: 'Ffion Jones',
  caregiver_relationship: 'mother',
  address_line_1: '4 Mill Lane',
  town: 'Riverside',
  postcode: 'RW9 9ZZ',
  due_date: '',
  support_consent: true,
};

function dueInWeeks(weeks) {
  const date = new Date(Date.now() + weeks * 7 * 86_400_000);
  return date.toISOString().slice(0, 10);
}

describe('family record (SQLite)', () => {
  let server;
  const tokens = {};
  const ids = {};

  before(async () => {
    server = await startServer();
    for (const role of ['coordinator', 'supporter', 'parent', 'practitioner', 'commissioner', 'admin', 'member'])
      tokens[role] = await signIn(server.url, DEMO[role]);
    const all = await api(server, tokens.coordinator, 'GET', '/api/v1/families');
    assert.equal(all.status, 200, all.text);
    for (const item of all.json.items) ids[item.display_name.split(' ')[0].toLowerCase()] = item.id;
    assert.deepEqual(Object.keys(ids).sort(), ['amara', 'bethan', 'dana', 'efe', 'grace']);
  });
  after(() => server?.stop());

  test('a supporter lists only their caseload, with stage and next task', async () => {
    const list = await api(server, tokens.supporter, 'GET', '/api/v1/families');
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.items.map((i) => i.display_name), ['Amara Okafor', 'Bethan Hughes', 'Grace Mensah']);
    assert.match(list.json.items[0].stage.label, /weeks pregnant/);
    assert.equal(list.json.items[2].stage.label, 'Twins are 3 weeks old');

    const client = new FormClient(server.url);
    await client.signIn(DEMO.supporter);
    const page = await client.get('/families');
    assert.equal(page.status, 200);
    assert.match(page.text, /Your caseload/);
    assert.match(page.text, /Grace Mensah/);
    assert.doesNotMatch(page.text, /Dana Kowalska/);
    assert.match(page.text, /href="\/families"[^>]*>(<strong[^>]*>)?Families</, 'navigation has Families');
  });

  test('a coordinator sees the whole programme, the unassigned ones, and searches by name or postcode', async () => {
    const waiting = await api(server, tokens.coordinator, 'GET', '/api/v1/families?unassigned=1');
    assert.deepEqual(waiting.json.items.map((i) => i.display_name), ['Dana Kowalska', 'Efe Adeyemi']);
    const byName = await api(server, tokens.coordinator, 'GET', '/api/v1/families?q=kowal');
    assert.deepEqual(byName.json.items.map((i) => i.display_name), ['Dana Kowalska']);
    assert.equal(byName.json.items[0].interpreter_needed, true);
    const byPostcode = await api(server, tokens.coordinator, 'GET', '/api/v1/families?q=rw12ab');
    assert.deepEqual(byPostcode.json.items.map((i) => i.display_name), ['Bethan Hughes']);
    const supporterSearch = await api(server, tokens.supporter, 'GET', '/api/v1/families?q=kowal');
    assert.equal(supporterSearch.json.total, 0, 'search stays within the caseload');
  });

  for (const role of ['member', 'commissioner', 'admin']) {
    test(`${role} is refused every family page and API`, async () => {
      assert.equal((await api(server, tokens[role], 'GET', '/api/v1/families')).status, 403);
      assert.equal((await api(server, tokens[role], 'GET', `/api/v1/families/${ids.amara}`)).status, 403);
      const client = new FormClient(server.url);
      await client.signIn(DEMO[role]);
      assert.equal((await client.get('/families')).status, 403);
      assert.equal((await client.get(`/families/${ids.amara}`)).status, 403);
      assert.equal((await client.get('/families/new')).status, 403);
      const home = await client.get('/');
      assert.doesNotMatch(home.text, /href="\/families"/);
    });
  }

  test('a practitioner of another organisation, a parent not linked and a supporter not assigned are refused', async () => {
    for (const [role, family] of [['practitioner', 'amara'], ['parent', 'amara'], ['supporter', 'dana']]) {
      const read = await api(server, tokens[role], 'GET', `/api/v1/families/${ids[family]}`);
      assert.equal(read.status, 403, `${role} read ${family}`);
      assert.match(read.type, /application\/problem\+json/);
      const client = new FormClient(server.url);
      await client.signIn(DEMO[role]);
      for (const path of ['', '/edit', '/close', '/assign']) {
        assert.equal((await client.get(`/families/${ids[family]}${path}`)).status, 403, `${role} GET ${path}`);
      }
      const patch = await api(server, tokens[role], 'PATCH', `/api/v1/families/${ids[family]}`, { version: 1, town: 'X' });
      assert.equal(patch.status, 403, `${role} PATCH`);
    }
    const practitionerList = await api(server, tokens.practitioner, 'GET', '/api/v1/families');
    assert.equal(practitionerList.json.total, 0);
  });

  test('a supporter may not assign, even their own family; unknown ids are 404', async () => {
    const assign = await api(server, tokens.supporter, 'POST', `/api/v1/families/${ids.amara}/assignment`,
      { supporter_user_id: 'anyone' });
    assert.equal(assign.status, 403);
    assert.equal((await api(server, tokens.coordinator, 'GET', '/api/v1/families/not-an-id')).status, 404);
    assert.equal((await api(server, tokens.coordinator, 'GET',
      '/api/v1/families/01890000-0000-7000-8000-000000000000')).status, 404);
  });

  test('recording a family: bad input names the fields, a duplicate is warned of, then saved when confirmed', async () => {
    const bad = await api(server, tokens.coordinator, 'POST', '/api/v1/families', { ...NEW_FAMILY, postcode: 'nope' });
    assert.equal(bad.status, 422, bad.text);
    const fields = bad.json.errors.map((e) => e.field);
    assert.ok(fields.includes('postcode') && fields.includes('due_date'), fields.join());

    const body = { ...NEW_FAMILY, due_date: dueInWeeks(20) };
    const created = await api(server, tokens.coordinator, 'POST', '/api/v1/families', body);
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.support_consent, true);
    assert.equal(created.json.supporter, null);

    const again = await api(server, tokens.coordinator, 'POST', '/api/v1/families', body);
    assert.equal(again.status, 409, again.text);
    assert.equal(again.json.duplicates[0].id, created.json.id);
    const anyway = await api(server, tokens.coordinator, 'POST', '/api/v1/families', { ...body, save_anyway: true });
    assert.equal(anyway.status, 201);

    const member = await api(server, tokens.member, 'POST', '/api/v1/families', body);
    assert.equal(member.status, 403);
  });

  test('the new family form keeps every entry and shows messages at the fields', async () => {
    const client = new FormClient(server.url);
    await client.signIn(DEMO.supporter);
    const form = await client.get('/families/new');
    assert.equal(form.status, 200);
    const response = await client.post('/families/new', {
      csrf_token: csrfTokenFrom(form.text), caregiver_name: 'Gwen Price', caregiver_relationship: 'mother',
      postcode: 'RW1', caregiver_email: 'not-an-email', strengths: 'Funny & kind', focus_areas: 'antenatal',
    });
    assert.equal(response.status, 422);
    assert.match(response.text, /There is a problem/);
    assert.match(response.text, /id="postcode-error"/);
    assert.match(response.text, /id="caregiver_email-error"/);
    assert.match(response.text, /value="Gwen Price"/);
    assert.match(response.text, />Funny &amp; kind<\/textarea>/);
    assert.match(response.text, /value="antenatal" checked/);
    const noCsrf = await client.post('/families/new', { caregiver_name: 'X' });
    assert.equal(noCsrf.status, 403);
  });

  test('an edit from a stale version is refused and the first change kept', async () => {
    const family = await api(server, tokens.supporter, 'GET', `/api/v1/families/${ids.bethan}`);
    const { version } = family.json;
    const first = await api(server, tokens.supporter, 'PATCH', `/api/v1/families/${ids.bethan}`,
      { version, strengths: 'Plans ahead' });
    assert.equal(first.status, 200, first.text);
    const second = await api(server, tokens.coordinator, 'PATCH', `/api/v1/families/${ids.bethan}`,
      { version, strengths: 'Overwritten?' });
    assert.equal(second.status, 409);
    const now = await api(server, tokens.coordinator, 'GET', `/api/v1/families/${ids.bethan}`);
    assert.equal(now.json.strengths, 'Plans ahead');
  });

  test('a coordinator assigns, then the supporter closes and the coordinator reopens', async () => {
    const supporterId = (await api(server, tokens.supporter, 'GET', '/api/v1/me')).json.id;
    const assigned = await api(server, tokens.coordinator, 'POST', `/api/v1/families/${ids.efe}/assignment`,
      { supporter_user_id: supporterId });
    assert.equal(assigned.status, 200, assigned.text);
    assert.equal(assigned.json.supporter.id, supporterId);
    assert.equal(assigned.json.assignments.length, 1);

    const closed = await api(server, tokens.supporter, 'POST', `/api/v1/families/${ids.efe}/closure`,
      { reason: 'child_reached_age_limit', summary: 'Tobi started nursery; Efe joined the dads group.' });
    assert.equal(closed.status, 200, closed.text);
    assert.equal(closed.json.status, 'closed');
    const twice = await api(server, tokens.supporter, 'POST', `/api/v1/families/${ids.efe}/closure`,
      { reason: 'declined', summary: 'again' });
    assert.equal(twice.status, 409);
    const open = await api(server, tokens.supporter, 'GET', '/api/v1/families');
    assert.ok(!open.json.items.some((i) => i.id === ids.efe));

    const reopened = await api(server, tokens.coordinator, 'DELETE', `/api/v1/families/${ids.efe}/closure`);
    assert.equal(reopened.status, 200);
    assert.equal(reopened.json.status, 'open');
    assert.equal(reopened.json.status_changes.length, 2);
  });
});
