// A family's privacy over HTTP: THE PARTNER CASE (two caregivers, both with their own parent
// accounts linked; an intimate partner violence disclosure recorded by the supporter must
// reach neither parent on any page or through the API, and each refusal is audited), who
// else is refused sensitive notes, and a withdrawal of consent ending the supporter's access
// at once. The family is put into the database with the sqlite3 or psql command line, so the
// test needs nothing but the privacy pages and API themselves (tests/support/privacy_family.mjs).
// Runs on SQLite and, when a PostgreSQL test server is available, on PostgreSQL too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BIN, DEMO, DEMO_PASSWORD, FormClient, ROOT, postgresSuiteOptions, signIn, startServer } from '../support/server.mjs';
import { PROGRAMME, api, putFamily, quote, sql, userId } from '../support/privacy_family.mjs';

const PARTNER = 'partner@demo.alongside.test';
const DISCLOSURE = 'Mia said Pat pushed her against the door. Marker-7f3a.';
const MARKER = 'Marker-7f3a';

async function browserAs(server, email) {
  const client = new FormClient(server.url);
  await client.signIn(email);
  return client;
}

function privacySuite(database) {
  describe(`family privacy (${database})`, database === 'postgresql' ? postgresSuiteOptions() : {}, () => {
    let server;
    let ids;
    let tokens = {};

    before(async () => {
      server = await startServer({ database });
      execFileSync(BIN, ['create-user', '--database', server.databaseUrl, '--email', PARTNER, '--name', 'Pat Privacy',
        '--role', 'parent', '--organisation', PROGRAMME, '--password-stdin'],
        { cwd: ROOT, input: `${DEMO_PASSWORD}\n`, stdio: ['pipe', 'pipe', 'pipe'] });
      const put = putFamily(server, 'Mia Privacy', ['Mia Privacy', 'Pat Privacy']);
      ids = { family: put.family, mia: put.caregivers[0], pat: put.caregivers[1] };
      for (const [who, email] of Object.entries({ ...DEMO, partner: PARTNER })) tokens[who] = await signIn(server.url, email);
    });
    after(async () => { await server?.stop(); });

    test('the coordinator links each parent account to their own caregiver', async () => {
      const coordinator = await browserAs(server, DEMO.coordinator);
      for (const [caregiver, email] of [[ids.mia, DEMO.parent], [ids.pat, PARTNER]]) {
        const link = `/families/${ids.family}/caregivers/${caregiver}/link`;
        const done = await coordinator.submit(link, link, { email });
        assert.equal(done.status, 303, `linking ${email}`);
        assert.equal(done.location, `/families/${ids.family}/consent?done=linked`);
      }
      const consent = await coordinator.get(`/families/${ids.family}/consent`);
      assert.equal(consent.status, 200);
      assert.match(consent.text, /Pat Privacy<\/strong>: linked to Pat Privacy \(partner@demo\.alongside\.test\)/);
      assert.equal(sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'caregiver.link' AND record_id = ${quote(ids.family)}`), '2');

      const bad = await coordinator.submit(`/families/${ids.family}/caregivers/${ids.pat}/link`,
        `/families/${ids.family}/caregivers/${ids.pat}/link`, { email: DEMO.parent });
      assert.equal(bad.status, 422, 'one account, one caregiver in a family');
      assert.match(bad.text, /already linked to Mia Privacy/);
      assert.match(bad.text, /value="parent@demo\.alongside\.test"/, 'the entry is kept');
    });

    test('a peer supporter cannot link accounts', async () => {
      const supporter = await browserAs(server, DEMO.supporter);
      const page = await supporter.get(`/families/${ids.family}/caregivers/${ids.pat}/link`);
      assert.equal(page.status, 403);
    });

    test('the supporter records an intimate partner violence disclosure and reads it back', async () => {
      const added = await api(server, tokens.supporter, 'POST', `/api/v1/families/${ids.family}/sensitive-notes`,
        { category: 'intimate_partner_violence', body: DISCLOSURE });
      assert.equal(added.status, 201, added.text);
      assert.equal(added.json.category, 'intimate_partner_violence');

      const supporter = await browserAs(server, DEMO.supporter);
      const page = await supporter.get(`/families/${ids.family}/sensitive`);
      assert.equal(page.status, 200);
      assert.ok(page.text.includes(MARKER));
      assert.match(page.text, /Not shown to the family/);
      const consent = await supporter.get(`/families/${ids.family}/consent`);
      assert.match(consent.text, new RegExp(`href="/families/${ids.family}/sensitive"`), 'the tab shows for those who need to know');
      const reads = sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'sensitive.read' AND outcome = 'allowed'
        AND actor_user_id = ${quote(userId(server, DEMO.supporter))} AND record_id = ${quote(ids.family)}`);
      assert.equal(reads, '1', 'the view is audited');
    });

    for (const [who, email] of [['parent', DEMO.parent], ['partner', PARTNER]]) {
      test(`THE PARTNER CASE: the ${who}'s own account never sees the disclosure`, async () => {
        const client = await browserAs(server, email);
        const sensitive = await client.get(`/families/${ids.family}/sensitive`);
        assert.equal(sensitive.status, 403);
        const added = await client.submit('/account', `/families/${ids.family}/sensitive`,
          { category: 'poverty', body: 'written by a parent' });
        assert.equal(added.status, 403);
        for (const path of [`/families/${ids.family}`, `/families/${ids.family}/timeline`, `/families/${ids.family}/consent`,
          '/my-family', '/families']) {
          const page = await client.get(path);
          assert.ok(!page.text.includes(MARKER), `${path} shows the disclosure`);
          assert.ok(!page.text.includes('ntimate partner violence'), `${path} names the kind of note`);
          assert.ok(!page.text.includes(`/families/${ids.family}/sensitive"`), `${path} links to the sensitive notes`);
        }
        const consent = await client.get(`/families/${ids.family}/consent`);
        assert.equal(consent.status, 200, 'the family sees what they agreed to');

        const token = tokens[who];
        const list = await api(server, token, 'GET', `/api/v1/families/${ids.family}/sensitive-notes`);
        assert.equal(list.status, 403);
        assert.match(list.type, /application\/problem\+json/);
        assert.ok(!list.text.includes(MARKER));
        const post = await api(server, token, 'POST', `/api/v1/families/${ids.family}/sensitive-notes`,
          { category: 'poverty', body: 'x' });
        assert.equal(post.status, 403);
        for (const path of [`/api/v1/families/${ids.family}`, `/api/v1/families/${ids.family}/consent`,
          `/api/v1/families/${ids.family}/timeline`]) {
          const response = await api(server, token, 'GET', path);
          assert.ok(!response.text.includes(MARKER), `${path} shows the disclosure`);
        }

        const refused = sql(server, `SELECT COUNT(*) FROM audit_log WHERE action IN ('family_sensitive.read', 'family_sensitive.create')
          AND outcome = 'refused' AND actor_user_id = ${quote(userId(server, email))} AND record_id = ${quote(ids.family)}`);
        assert.ok(Number(refused) >= 4, `every refusal is in the audit log (found ${refused} of 4)`);
      });
    }

    test('no one without need to know reads the notes, and the audit log never holds them', async () => {
      for (const who of ['member', 'commissioner', 'admin', 'practitioner']) {
        const list = await api(server, tokens[who], 'GET', `/api/v1/families/${ids.family}/sensitive-notes`);
        assert.equal(list.status, 403, who);
        assert.ok(!list.text.includes(MARKER));
      }
      const coordinator = await api(server, tokens.coordinator, 'GET', `/api/v1/families/${ids.family}/sensitive-notes`);
      assert.equal(coordinator.status, 200);
      assert.equal(coordinator.json.items[0].body, DISCLOSURE);
      assert.equal(sql(server, `SELECT COUNT(*) FROM audit_log WHERE action || record_id || request_id LIKE '%${MARKER}%'`), '0');
    });

    test('withdrawing consent to support ends the supporter\'s access at once', async () => {
      const before = await api(server, tokens.supporter, 'GET', `/api/v1/families/${ids.family}/consent`);
      assert.equal(before.status, 200);
      assert.equal(before.json.support_given, true);

      const withdrawn = await api(server, tokens.supporter, 'POST', `/api/v1/families/${ids.family}/consent`,
        { kind: 'support', decision: 'withdrawn', method: 'phone', note: 'Wants a break from support' });
      assert.equal(withdrawn.status, 201, withdrawn.text);
      assert.equal(withdrawn.json.still_reaches_family, false);
      assert.equal(sql(server, `SELECT support_consent FROM families WHERE id = ${quote(ids.family)}`), '0');

      for (const path of ['consent', 'sensitive-notes']) {
        const response = await api(server, tokens.supporter, 'GET', `/api/v1/families/${ids.family}/${path}`);
        assert.equal(response.status, 403, path);
      }
      const supporter = await browserAs(server, DEMO.supporter);
      assert.equal((await supporter.get(`/families/${ids.family}/sensitive`)).status, 403);

      const coordinator = await api(server, tokens.coordinator, 'GET', `/api/v1/families/${ids.family}/consent`);
      assert.equal(coordinator.status, 200);
      assert.equal(coordinator.json.support_given, false);
      assert.equal(coordinator.json.history[0].decision, 'withdrawn');
      assert.equal(coordinator.json.history[0].note, 'Wants a break from support');
      const parent = await api(server, tokens.parent, 'GET', `/api/v1/families/${ids.family}/consent`);
      assert.equal(parent.status, 200);
      assert.equal(parent.json.history[0].note, undefined, "a family member does not see workers' notes");

      const again = await api(server, tokens.coordinator, 'POST', `/api/v1/families/${ids.family}/consent`,
        { kind: 'support', decision: 'given', method: 'in_person' });
      assert.equal(again.status, 201);
      assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/families/${ids.family}/consent`)).status, 200);
    });

    test('bad consent input over the API is a problem with a message per field', async () => {
      const bad = await api(server, tokens.coordinator, 'POST', `/api/v1/families/${ids.family}/consent`,
        { kind: 'sharing', decision: 'maybe' });
      assert.equal(bad.status, 422);
      const fields = bad.json.errors.map((e) => e.field).sort();
      assert.deepEqual(fields, ['decision', 'method', 'organisation_id']);
    });
  });
}

privacySuite('sqlite');
privacySuite('postgresql');
