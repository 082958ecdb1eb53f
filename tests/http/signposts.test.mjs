// Signposting and suggestions over HTTP: the supporter signposts a family and follows it up
// through the API and the pages (bad input first: 422, messages at the fields, entries kept),
// suggestions come back as JSON with their reasons, everyone who does not work with the
// family is refused, and the parent sees who is involved on /my-family.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO, FormClient, signIn, startServer } from '../support/server.mjs';
import { api, sql } from '../support/privacy_family.mjs';
import { addCommunityService, addSignpostFamily } from '../support/signpost_family.mjs';

describe('signposting and suggestions over HTTP', () => {
  let server;
  let family;
  let service;
  const tokens = {};

  before(async () => {
    server = await startServer();
    family = addSignpostFamily(server, 'Sian Signpost');
    service = addCommunityService(server, 'Calm Together group');
    for (const role of ['supporter', 'coordinator', 'parent', 'practitioner', 'commissioner', 'admin', 'member'])
      tokens[role] = await signIn(server.url, DEMO[role]);
  });
  after(async () => server?.stop());

  test('the supporter signposts through the API, a follow-up task appears, and the answer completes it', async () => {
    const bad = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/signposts`,
      { how: 'pigeon', follow_up_days: 3 });
    assert.equal(bad.status, 422);
    assert.match(bad.type, /application\/problem\+json/);
    for (const field of ['service_id', 'how', 'follow_up_days']) assert.match(JSON.stringify(bad.json), new RegExp(field));
    const wrongType = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/signposts`,
      { how: 'phone', service_name: 'x', follow_up_days: 'soon' });
    assert.equal(wrongType.status, 400);

    const created = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/signposts`,
      { service_id: service, how: 'phone', note: 'Told her about Tuesday', follow_up_days: 7 });
    assert.equal(created.status, 201);
    assert.equal(created.json.service_name, 'Calm Together group');
    const task = sql(server, `SELECT title || '|' || status FROM tasks WHERE id = '${created.json.follow_up_task_id}'`);
    assert.equal(task, 'Did Calm Together group help?|open');
    assert.equal(sql(server, 'SELECT COUNT(*) FROM outbox WHERE body LIKE \'%Sian Signpost%\''), '0',
      'nothing about the family is sent anywhere');

    const list = await api(server, tokens.supporter, 'GET', `/api/v1/families/${family}/signposts`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.items.map((s) => s.id), [created.json.id]);

    const noOutcome = await api(server, tokens.supporter, 'POST',
      `/api/v1/families/${family}/signposts/${created.json.id}/follow-up`, { note: 'x' });
    assert.equal(noOutcome.status, 422);
    const answered = await api(server, tokens.supporter, 'POST',
      `/api/v1/families/${family}/signposts/${created.json.id}/follow-up`, { outcome: 'partly', note: 'Went once' });
    assert.equal(answered.status, 200);
    assert.equal(answered.json.outcome, 'partly');
    assert.equal(sql(server, `SELECT status FROM tasks WHERE id = '${created.json.follow_up_task_id}'`), 'done');
    const again = await api(server, tokens.supporter, 'POST',
      `/api/v1/families/${family}/signposts/${created.json.id}/follow-up`, { outcome: 'helped' });
    assert.equal(again.status, 409);
  });

  test('suggestions come back with every reason and the involved service marked', async () => {
    const result = await api(server, tokens.coordinator, 'GET', `/api/v1/families/${family}/suggestions`);
    assert.equal(result.status, 200);
    assert.equal(result.json.postcode_district, 'RV1');
    const calm = result.json.items.find((item) => item.service.id === service);
    assert.ok(calm, 'the group covering RV1 is suggested');
    assert.ok(calm.reasons.includes('Covers RV1'));
    assert.ok(calm.reasons.includes('For parental mental health, a focus for this family'));
    assert.equal(calm.needs_met, 1);
    assert.equal(calm.service.referral_route, 'alongside');
  });

  test('everyone who does not work with the family is refused, on the API and the pages', async () => {
    for (const role of ['parent', 'practitioner', 'commissioner', 'admin', 'member']) {
      for (const path of ['signposts', 'suggestions'])
        assert.equal((await api(server, tokens[role], 'GET', `/api/v1/families/${family}/${path}`)).status, 403,
          `${role}: GET ${path}`);
      const add = await api(server, tokens[role], 'POST', `/api/v1/families/${family}/signposts`,
        { service_name: 'Baby bank', how: 'leaflet' });
      assert.equal(add.status, 403, `${role}: POST signpost`);
      const client = new FormClient(server.url);
      await client.signIn(DEMO[role]);
      assert.equal((await client.get(`/families/${family}/pathways`)).status, 403, `${role}: the Services tab`);
      assert.equal((await client.get(`/families/${family}/signposts/new`)).status, 403, `${role}: the form`);
    }
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/families/${randomUUID()}/suggestions`)).status, 404);
    const signedOut = await fetch(`${server.url}/api/v1/families/${family}/signposts`, { headers: { accept: 'application/json' } });
    assert.equal(signedOut.status, 401);
  });

  test('the pages: bad input keeps every entry with a message at each field, then the signpost is saved', async () => {
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const tab = await supporter.get(`/families/${family}/pathways`);
    assert.equal(tab.status, 200);
    assert.match(tab.text, /Calm Together group/);
    assert.match(tab.text, /Covers RV1/);
    assert.match(tab.text, new RegExp(`/families/${family}/referrals/new\\?service=${service}`));
    // The programme's own peer support is suggested to signpost, never to refer to itself.
    const own = tab.text.match(/<a href="\/services\/([0-9a-f-]+)">Riverside Parent Peers<\/a>/);
    assert.ok(own, 'the programme\'s own service is among the suggestions');
    assert.ok(!tab.text.includes(`referrals/new?service=${own[1]}`));
    assert.ok(tab.text.includes(`signposts/new?service=${own[1]}`));

    const form = `/families/${family}/signposts/new?service=${service}`;
    const bad = await supporter.submit(form, `/families/${family}/signposts`,
      { service_id: '', service_name: '', how: '', note: 'Leaflet about the baby bank <b>', follow_up_days: '28' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /There is a problem/);
    assert.match(bad.text, /Choose a service from the directory, or type the name/);
    assert.match(bad.text, /Choose how you gave the family the information/);
    assert.match(bad.text, /Leaflet about the baby bank &lt;b&gt;/, 'the note is kept, escaped');
    assert.match(bad.text, /value="28" checked/, 'the follow-up choice is kept');

    const saved = await supporter.submit(form, `/families/${family}/signposts`,
      { service_id: '', service_name: 'Baby bank at St Mark\'s', how: 'leaflet', note: '', follow_up_days: '28' });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/families/${family}/pathways?done=signposted`);
    const after = await supporter.get(saved.location);
    assert.match(after.text, /Baby bank at St Mark&#39;s|Baby bank at St Mark&apos;s|Baby bank at St Mark's/);
    assert.match(after.text, /Record the answer/);
  });

  test('the parent sees who is involved with their family, and no worker\'s note', async () => {
    const parent = new FormClient(server.url);
    await parent.signIn(DEMO.parent);
    const page = await parent.get('/my-family');
    assert.equal(page.status, 200);
    assert.match(page.text, /Who is involved with your family/);
    assert.match(page.text, /Calm Together group/);
    assert.doesNotMatch(page.text, /Told her about Tuesday/);
  });
});
