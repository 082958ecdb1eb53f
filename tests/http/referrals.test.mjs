// Referrals across organisations over HTTP, on SQLite and (when available) PostgreSQL: no
// sending without the family's consent to share; the receiving health visitor sees only what
// was shared and is refused the family record, its contacts, sensitive notes and the family
// API; a third organisation and a parent are refused; consent withdrawn hides what was
// shared at once; late and dead-end referrals flagged through the API until resolved; the
// pages keep what was typed when a form is refused. The family is put into the database
// directly (tests/support/privacy_family.mjs); the demo seed provides the services.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BIN, DEMO, DEMO_PASSWORD, FormClient, ROOT, csrfTokenFrom, postgresSuiteOptions, signIn, startServer } from '../support/server.mjs';
import { api, putFamily, quote, sql } from '../support/privacy_family.mjs';

const HEALTH = 'Riverside Health Visiting (demo)';
const OUTSIDER = 'housing@referrals.test';

async function browserAs(server, email) {
  const client = new FormClient(server.url);
  await client.signIn(email);
  return client;
}

function referralSuite(database) {
  describe(`referrals (${database})`, database === 'postgresql' ? postgresSuiteOptions() : {}, () => {
    let server;
    let family;
    let service;
    let healthOrg;
    let referral;
    const tokens = {};

    before(async () => {
      server = await startServer({ database });
      execFileSync(BIN, ['create-user', '--database', server.databaseUrl, '--email', OUTSIDER, '--name', 'Hana Housing',
        '--role', 'practitioner', '--organisation', 'Riverside Housing Advice (demo)', '--password-stdin'],
        { cwd: ROOT, input: `${DEMO_PASSWORD}\n`, stdio: ['pipe', 'pipe', 'pipe'] });
      family = putFamily(server, 'Rhea Referral', ['Rhea Referral']).family;
      healthOrg = sql(server, `SELECT id FROM organisations WHERE name = ${quote(HEALTH)}`);
      service = sql(server, `SELECT id FROM services WHERE organisation_id = ${quote(healthOrg)} AND referral_route = 'alongside' ORDER BY name LIMIT 1`);
      for (const [who, email] of Object.entries({ ...DEMO, outsider: OUTSIDER })) tokens[who] = await signIn(server.url, email);
    });
    after(async () => { await server?.stop(); });

    test('the demo seed put a referral in the health visitor\'s inbox and a dead end on the coordinator\'s list', async () => {
      const inbox = await api(server, tokens.practitioner, 'GET', '/api/v1/referrals?box=inbox');
      assert.equal(inbox.status, 200, inbox.text);
      assert.ok(inbox.json.items.some((r) => r.status === 'sent' && r.to_organisation_name === HEALTH));
      const attention = await api(server, tokens.coordinator, 'GET', '/api/v1/referrals?box=attention');
      assert.equal(attention.status, 200);
      assert.ok(attention.json.items.some((r) => r.flags.dead_end), attention.text);
      assert.equal(attention.json.count, attention.json.items.length);
    });

    test('without consent to share nothing is sent', async () => {
      const draft = await api(server, tokens.supporter, 'POST', '/api/v1/referrals',
        { family_id: family, service_id: service, reason: 'Low mood since the birth', share: ['caregivers'] });
      assert.equal(draft.status, 201, draft.text);
      assert.equal(draft.json.status, 'draft');
      assert.equal(draft.json.may_share, false);
      assert.deepEqual(draft.json.shared.map((s) => s.value), ['Low mood since the birth', 'Rhea Referral']);
      referral = draft.json.id;

      const refused = await api(server, tokens.supporter, 'POST', `/api/v1/referrals/${referral}/send`);
      assert.equal(refused.status, 409);
      assert.match(refused.json.detail ?? refused.text, /has not agreed to share with Riverside Health Visiting \(demo\); record their consent first/);
      assert.equal(sql(server, `SELECT COUNT(*) FROM referral_shared_items WHERE referral_id = ${quote(referral)}`), '0');
      const unseen = await api(server, tokens.practitioner, 'GET', `/api/v1/referrals/${referral}`);
      assert.equal(unseen.status, 404, 'a draft has not crossed');

      const bad = await api(server, tokens.supporter, 'POST', '/api/v1/referrals', { family_id: family, service_id: '', reason: '' });
      assert.equal(bad.status, 422);
      assert.deepEqual(bad.json.errors.map((e) => e.field).sort(), ['reason', 'service_id']);
    });

    test('with consent the referral is sent and the receiving side sees only what was shared', async () => {
      const consent = await api(server, tokens.coordinator, 'POST', `/api/v1/families/${family}/consent`,
        { kind: 'sharing', organisation_id: healthOrg, decision: 'given', method: 'phone' });
      assert.equal(consent.status, 201, consent.text);
      const sent = await api(server, tokens.supporter, 'POST', `/api/v1/referrals/${referral}/send`);
      assert.equal(sent.status, 200, sent.text);
      assert.equal(sent.json.status, 'sent');
      assert.match(sent.json.respond_by, /^\d{4}-\d{2}-\d{2}$/);

      const seen = await api(server, tokens.practitioner, 'GET', `/api/v1/referrals/${referral}`);
      assert.equal(seen.status, 200, seen.text);
      assert.equal(seen.json.side, 'receiving');
      assert.equal(seen.json.status, 'received', 'opening it marks it received');
      assert.deepEqual(seen.json.allowed.sort(), ['accept', 'decline']);
      assert.deepEqual(seen.json.shared.map((s) => s.item), ['reason', 'caregivers']);

      for (const path of [`/api/v1/families/${family}`, `/api/v1/families/${family}/contacts`,
        `/api/v1/families/${family}/sensitive-notes`, `/api/v1/families/${family}/referrals`]) {
        const refused = await api(server, tokens.practitioner, 'GET', path);
        assert.equal(refused.status, 403, path);
      }
      const practitioner = await browserAs(server, DEMO.practitioner);
      for (const path of [`/families/${family}`, `/families/${family}/contacts`, `/families/${family}/sensitive`,
        `/families/${family}/referrals`]) {
        assert.equal((await practitioner.get(path)).status, 403, path);
      }
      const page = await practitioner.get(`/referrals/${referral}`);
      assert.equal(page.status, 200);
      assert.ok(page.text.includes('Rhea Referral'));
      assert.ok(!page.text.includes(`href="/families/${family}`), 'no way into the family record');
      // The decline form (with its list of similar services) opens on asking; what was typed is kept.
      assert.match(page.text, new RegExp(`href="/referrals/${referral}\\?decline=1#decline"`));
      assert.ok(!page.text.includes('name="onward_service_id"'));
      const declining = await practitioner.get(`/referrals/${referral}?decline=1`);
      assert.match(declining.text, /name="onward_service_id"/);
      const noReason = await practitioner.submit(`/referrals/${referral}?decline=1`, `/referrals/${referral}/decline`,
        { decline_note: '', onward_note: 'Try the family hub drop-in' });
      assert.equal(noReason.status, 422);
      assert.match(noReason.text, /Try the family hub drop-in/);
      assert.match(noReason.text, /name="onward_service_id"/);
    });

    test('a third organisation and a parent are refused', async () => {
      assert.equal((await api(server, tokens.outsider, 'GET', `/api/v1/referrals/${referral}`)).status, 403);
      assert.equal((await api(server, tokens.outsider, 'POST', `/api/v1/referrals/${referral}/accept`)).status, 403);
      const inbox = await api(server, tokens.outsider, 'GET', '/api/v1/referrals?box=inbox');
      assert.equal(inbox.status, 200);
      assert.equal(inbox.json.items.length, 0);
      assert.equal((await api(server, tokens.outsider, 'GET', '/api/v1/referrals?box=sent')).json.items.length, 0);
      assert.equal((await api(server, tokens.parent, 'GET', `/api/v1/referrals/${referral}`)).status, 403);
      assert.equal((await api(server, tokens.parent, 'GET', '/api/v1/referrals?box=inbox')).status, 403);
      assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/referrals/${referral}/accept`)).status, 409,
        'the referrer cannot answer for the service');
      const refusals = sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'referral.read' AND outcome = 'refused'`);
      assert.ok(Number(refusals) >= 2, refusals);
    });

    test('consent withdrawn hides what was shared at once', async () => {
      const withdrawn = await api(server, tokens.coordinator, 'POST', `/api/v1/families/${family}/consent`,
        { kind: 'sharing', organisation_id: healthOrg, decision: 'withdrawn', method: 'phone' });
      assert.equal(withdrawn.status, 201, withdrawn.text);
      const seen = await api(server, tokens.practitioner, 'GET', `/api/v1/referrals/${referral}`);
      assert.equal(seen.json.shared_hidden, true);
      assert.deepEqual(seen.json.shared, []);
      assert.equal(seen.json.reason, '');
      assert.ok(seen.json.consent_withdrawn_on);
      const page = await (await browserAs(server, DEMO.practitioner)).get(`/referrals/${referral}`);
      assert.match(page.text, /The family withdrew consent to share on/);
      assert.ok(!page.text.includes('Rhea Referral'));
      const own = await api(server, tokens.supporter, 'GET', `/api/v1/referrals/${referral}`);
      assert.equal(own.json.shared.length, 2, 'the referrer still sees what they sent');
      await api(server, tokens.coordinator, 'POST', `/api/v1/families/${family}/consent`,
        { kind: 'sharing', organisation_id: healthOrg, decision: 'given', method: 'phone' });
    });

    test('late and dead-end referrals are flagged until someone resolves them', async () => {
      sql(server, `UPDATE referrals SET respond_by = '2020-01-01' WHERE id = ${quote(referral)}`);
      const late = await api(server, tokens.supporter, 'GET', '/api/v1/referrals?box=attention');
      const flagged = late.json.items.find((r) => r.id === referral);
      assert.ok(flagged, late.text);
      assert.equal(flagged.flags.late, true);
      const coordinatorSees = await api(server, tokens.coordinator, 'GET', '/api/v1/referrals?box=attention');
      assert.ok(coordinatorSees.json.items.some((r) => r.id === referral), 'the coordinator is told too');
      const notTheService = await api(server, tokens.practitioner, 'GET', '/api/v1/referrals?box=attention');
      assert.ok(!notTheService.json.items.some((r) => r.id === referral));

      const noReason = await api(server, tokens.practitioner, 'POST', `/api/v1/referrals/${referral}/decline`, {});
      assert.equal(noReason.status, 422);
      assert.equal(noReason.json.errors[0].field, 'note');
      const declined = await api(server, tokens.practitioner, 'POST', `/api/v1/referrals/${referral}/decline`,
        { note: 'Registered with another team' });
      assert.equal(declined.status, 200, declined.text);
      assert.deepEqual(declined.json.flags, { late: false, dead_end: true });

      const resolved = await api(server, tokens.coordinator, 'POST', `/api/v1/referrals/${referral}/resolve`,
        { note: 'Phoned the other team; they will see her' });
      assert.equal(resolved.status, 200, resolved.text);
      assert.deepEqual(resolved.json.flags, { late: false, dead_end: false });
      const page = await (await browserAs(server, DEMO.coordinator)).get('/referrals?attention=1');
      assert.equal(page.status, 200);
      assert.match(page.text, /<strong>Needs attention \(\d+\)<\/strong>/);
      assert.match(page.text, /No onward route/);
      const after = await api(server, tokens.coordinator, 'GET', '/api/v1/referrals?box=attention');
      assert.ok(!after.json.items.some((r) => r.id === referral));
      assert.equal((await api(server, tokens.coordinator, 'POST', `/api/v1/referrals/${referral}/resolve`)).status, 409);
      const actions = sql(server, `SELECT action FROM audit_log WHERE record_id = ${quote(family)} AND action LIKE 'referral.%' AND outcome = 'allowed' ORDER BY at`);
      for (const action of ['referral.create', 'referral.send', 'referral.receive', 'referral.decline', 'referral.resolve'])
        assert.ok(actions.includes(action), action);
    });

    test('the pages keep what was typed and move a referral on', async () => {
      const supporter = await browserAs(server, DEMO.supporter);
      const form = await supporter.get(`/families/${family}/referrals/new?service=${service}`);
      assert.equal(form.status, 200);
      assert.match(form.text, new RegExp(`<option value="${service}" selected>`));
      assert.ok(!form.text.includes('Riverside Parent Peers'), 'not the programme\'s own service');
      const csrf = csrfTokenFrom(form.text);
      const bad = await supporter.post(`/families/${family}/referrals`,
        [['csrf_token', csrf], ['service_id', service], ['reason', ''], ['share', 'babies'], ['share', 'address'], ['then', 'preview']]);
      assert.equal(bad.status, 422);
      assert.match(bad.text, /Say why you are referring the family/);
      assert.match(bad.text, /value="babies" checked/);
      assert.match(bad.text, /value="address" checked/);
      assert.match(bad.text, new RegExp(`<option value="${service}" selected>`));
      const made = await supporter.post(`/families/${family}/referrals`,
        [['csrf_token', csrf], ['service_id', service], ['reason', 'Feeding worries'], ['then', 'preview']]);
      assert.equal(made.status, 303);
      const preview = await supporter.get(made.location);
      assert.match(preview.text, /What the service will be shown/);
      assert.match(preview.text, /Feeding worries/);
      const id = made.location.split('/').pop();
      const sent = await supporter.submit(made.location, `${made.location}/send`, {});
      assert.equal(sent.status, 303);
      assert.equal(sent.location, `/referrals/${id}?done=send`);

      const practitioner = await browserAs(server, DEMO.practitioner);
      const inbox = await practitioner.get('/referrals/inbox');
      assert.equal(inbox.status, 200);
      assert.ok(inbox.text.includes(`/referrals/${id}`));
      assert.equal((await practitioner.submit(`/referrals/${id}`, `/referrals/${id}/accept`, {})).status, 303);
      const badDate = await practitioner.submit(`/referrals/${id}`, `/referrals/${id}/first-contact`,
        { date: '31 2 2027', first_contact_note: 'Home visit' });
      assert.equal(badDate.status, 422);
      assert.match(badDate.text, /Enter a real date/);
      assert.match(badDate.text, /value="31 2 2027"/);
      assert.match(badDate.text, /value="Home visit"/);
      const today = new Date().toISOString().slice(0, 10);
      assert.equal((await practitioner.submit(`/referrals/${id}`, `/referrals/${id}/first-contact`, { date: today })).status, 303);
      const progress = await supporter.get(`/referrals/${id}`);
      assert.match(progress.text, /First contact made/);

      const withdraw = await supporter.get(`/referrals/${id}/withdraw`);
      assert.equal(withdraw.status, 200);
      assert.match(withdraw.text, /Withdraw the referral to/);
      const list = await supporter.get('/referrals');
      assert.equal(list.status, 200);
      assert.ok(list.text.includes(`/referrals/${id}`));
    });
  });
}

referralSuite('sqlite');
referralSuite('postgresql');
