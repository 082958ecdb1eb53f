// The caregiving framework over HTTP, on SQLite and PostgreSQL: every worker reads the
// area's version in force (both audiences' words, or one), the administrator adapts it
// through the form (bad input kept with a message at each field, a stale save refused with
// the entries kept), earlier versions stay readable, goals carry their domain, the API
// does the same, a parent sees the domains in parents' words, and everyone else is refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, csrfTokenFrom, postgresSuiteOptions, signIn, startServer } from '../support/server.mjs';
import { randomUUID } from 'node:crypto';
import { api, putFamily, quote, sql, userId } from '../support/privacy_family.mjs';

const WARMTH_FOR_PARENTS = 'Showing your baby they are loved: smiles, gentle touch, kind words, being glad to see them.';
const WARMTH_FOR_PRACTITIONERS = 'Expressing warmth, affection and positive regard towards the baby in everyday care.';

/** The page's text without tags or entities that matter here. */
function plain(html) {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The message at a field (id="NAME-error"), or null. */
function messageAt(html, name) {
  const match = new RegExp(`id="${name}-error"[^>]*>([\\s\\S]*?)</span>\\s*</span>|id="${name}-error"[^>]*>([\\s\\S]*?)<(?:input|textarea)`).exec(html);
  return match ? plain(match[1] ?? match[2]).replace(/^\s*Error:\s*/, '').trim() : null;
}

/** What an input or textarea named NAME holds. */
function valueOf(html, name) {
  const input = new RegExp(`<input[^>]*\\bname="${name}"[^>]*\\bvalue="([^"]*)"`).exec(html);
  if (input) return plain(input[1]).trim();
  const area = new RegExp(`<textarea[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  assert.ok(area, `no field ${name}`);
  return plain(area[1]).trim();
}

/** Every field of the adapt form as the page shows it, ready to post back. */
function formFields(html) {
  const fields = {};
  for (const [, name, value] of html.matchAll(/<input[^>]*\bname="([^"]+)"[^>]*\bvalue="([^"]*)"/g)) fields[name] = value;
  for (const [, name, value] of html.matchAll(/<textarea[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[name] = value;
  for (const key of Object.keys(fields)) fields[key] = fields[key].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return fields;
}

function frameworkSuite(database) {
  describe(`the caregiving framework (${database})`, database === 'postgresql' ? postgresSuiteOptions() : {}, () => {
    let server;
    const tokens = {};
    const clients = {};

    before(async () => {
      server = await startServer({ database });
      for (const [who, email] of Object.entries(DEMO)) {
        tokens[who] = await signIn(server.url, email);
        clients[who] = new FormClient(server.url);
        await clients[who].signIn(email);
      }
    });
    after(async () => { await server?.stop(); });

    test('every worker reads the version in force, in both audiences\' words or one', async () => {
      for (const who of ['supporter', 'coordinator', 'practitioner', 'commissioner']) {
        const page = await clients[who].get('/framework');
        assert.equal(page.status, 200, who);
        assert.match(page.text, /<a[^>]*href="\/framework"[^>]*>/, `${who} has Framework in the menu`);
      }
      const page = await clients.supporter.get('/framework');
      const text = plain(page.text);
      for (const domain of ['Nurturing the relationship', 'Caregiver self-capacity', 'Navigating support and context'])
        assert.ok(text.includes(domain), domain);
      assert.ok(text.includes(WARMTH_FOR_PARENTS));
      assert.ok(text.includes(WARMTH_FOR_PRACTITIONERS));
      assert.ok(text.includes('Immigration status'));
      assert.ok(text.includes('Going really well'));
      assert.match(text, /Version 1 \(in force\)/);
      assert.match(text, /Loaded from the shipped edition/);
      assert.doesNotMatch(page.text, /Adapt the framework/, 'a supporter is not offered adapting');

      const parents = plain((await clients.supporter.get('/framework?words=parents')).text);
      assert.ok(parents.includes(WARMTH_FOR_PARENTS));
      assert.ok(!parents.includes(WARMTH_FOR_PRACTITIONERS));
      const practitioners = plain((await clients.supporter.get('/framework?words=practitioners')).text);
      assert.ok(!practitioners.includes(WARMTH_FOR_PARENTS));
      assert.ok(practitioners.includes(WARMTH_FOR_PRACTITIONERS));
    });

    test('people outside an area\'s work are refused, and no one but its administrators adapts it', async () => {
      for (const who of ['parent', 'member']) {
        assert.equal((await clients[who].get('/framework')).status, 403, who);
        assert.equal((await clients[who].get('/framework/versions')).status, 403, who);
        assert.equal((await api(server, tokens[who], 'GET', '/api/v1/framework')).status, 403, who);
      }
      const signedOut = await new FormClient(server.url).get('/framework');
      assert.equal(signedOut.status, 303);
      assert.match(signedOut.location, /^\/login/);
      for (const who of ['supporter', 'coordinator', 'practitioner']) {
        assert.equal((await clients[who].get('/admin/framework')).status, 403, who);
        const current = (await api(server, tokens[who], 'GET', '/api/v1/framework')).json;
        const home = await clients[who].get('/framework');
        const posted = await clients[who].post('/admin/framework', {
          csrf_token: csrfTokenFrom(home.text), based_on_id: current.id, note: 'Mine now', title: 'Mine',
        });
        assert.equal(posted.status, 403, who);
        const viaApi = await api(server, tokens[who], 'POST', '/api/v1/framework/versions',
          { based_on_id: current.id, note: 'Mine now', framework: { ...current.framework, title: 'Mine' } });
        assert.equal(viaApi.status, 403, who);
      }
      assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/framework/versions')).json.items.length, 1,
        'nothing was saved');
    });

    test('the administrator adapts a skill: bad input first, then version 2, which every worker reads', async () => {
      const admin = clients.admin;
      const form = await admin.get('/admin/framework');
      assert.equal(form.status, 200);
      assert.match(form.text, /<a[^>]*href="\/admin\/framework"[^>]*>/, 'the platform administrator has Framework in the menu');
      assert.equal(valueOf(form.text, 's_warmth_for_parents'), WARMTH_FOR_PARENTS);
      assert.doesNotMatch(form.text, /A newer version was saved/, 'no warning before anything clashed');
      const fields = formFields(form.text);
      assert.ok(fields.based_on_id);

      const bad = await admin.post('/admin/framework', {
        ...fields, s_warmth_for_parents: 'Letting your baby know, every day, that they are loved.', s_warmth_name: ' ',
        d1_new_name: 'Asking for help', note: '',
      });
      assert.equal(bad.status, 422);
      assert.equal(messageAt(bad.text, 's_warmth_name'), 'Enter a name for the skill “Warmth and positive regard”');
      assert.equal(messageAt(bad.text, 'd1_new_for_parents'), 'Enter words for parents for the new skill in “Caregiver self-capacity”');
      assert.equal(messageAt(bad.text, 'note'), 'Enter a note of what changed and why');
      assert.match(bad.text, /<a href="#s_warmth_name">/, 'the summary links to the field');
      assert.equal(valueOf(bad.text, 's_warmth_for_parents'), 'Letting your baby know, every day, that they are loved.');
      assert.equal(valueOf(bad.text, 'd1_new_name'), 'Asking for help');

      const good = await admin.post('/admin/framework', {
        ...formFields(bad.text), s_warmth_name: 'Warmth and positive regard', d1_new_name: '',
        note: 'Warmer words for parents, as Riverside families asked',
        new_pressure0_name: 'Getting about',
      });
      assert.equal(good.status, 303, good.text);
      assert.match(good.location, /^\/framework\?done=adapted/);
      const after = plain((await clients.supporter.get('/framework')).text);
      assert.ok(after.includes('Letting your baby know, every day, that they are loved.'));
      assert.ok(!after.includes(WARMTH_FOR_PARENTS));
      assert.match(after, /Version 2 \(in force\)/);
      assert.match(after, /Made by Avery Admin/);
      assert.match(after, /Getting about Local/);
      assert.match(after, /Warmer words for parents, as Riverside families asked/);

      const stale = await admin.post('/admin/framework', {
        ...fields, s_warmth_for_parents: 'Someone else’s words', note: 'From an old tab',
      });
      assert.equal(stale.status, 409);
      assert.match(plain(stale.text), /Avery Admin saved version 2 of the framework/);
      assert.match(stale.text, /A newer version was saved/);
      assert.equal(valueOf(stale.text, 's_warmth_for_parents'), 'Someone else’s words');
      assert.equal(valueOf(stale.text, 'note'), 'From an old tab');
    });

    test('earlier versions stay readable, newest first', async () => {
      const list = await clients.practitioner.get('/framework/versions');
      assert.equal(list.status, 200);
      const versions = [...list.text.matchAll(/href="\/framework\/versions\/([^"]+)">Version (\d+)/g)];
      assert.deepEqual(versions.map((v) => v[2]), ['2', '1']);
      const first = await clients.practitioner.get(`/framework/versions/${versions[1][1]}`);
      assert.equal(first.status, 200);
      assert.ok(plain(first.text).includes(WARMTH_FOR_PARENTS));
      assert.match(plain(first.text), /Version 2 is in force now/);
      assert.equal((await clients.parent.get(`/framework/versions/${versions[1][1]}`)).status, 403);
      assert.equal((await clients.practitioner.get('/framework/versions/no-such-version')).status, 404);
    });

    test('the API reads and adapts the same way', async () => {
      const current = await api(server, tokens.coordinator, 'GET', '/api/v1/framework');
      assert.equal(current.status, 200);
      assert.equal(current.json.number, 2);
      assert.equal(current.json.created_by.name, 'Avery Admin');
      assert.equal(current.json.framework.domains[0].skills[1].for_parents, 'Letting your baby know, every day, that they are loved.');
      const list = await api(server, tokens.coordinator, 'GET', '/api/v1/framework/versions');
      assert.deepEqual(list.json.items.map((v) => v.number), [2, 1]);
      const first = await api(server, tokens.coordinator, 'GET', `/api/v1/framework/versions/${list.json.items[1].id}`);
      assert.equal(first.json.framework.domains[0].skills[1].for_parents, WARMTH_FOR_PARENTS);
      assert.equal(first.json.created_by, null);

      const document = current.json.framework;
      const broken = structuredClone(document);
      broken.domains[0].name = '';
      broken.scale.pop();
      const bad = await api(server, tokens.admin, 'POST', '/api/v1/framework/versions',
        { based_on_id: current.json.id, note: 'Broken', framework: broken });
      assert.equal(bad.status, 422, bad.text);
      assert.match(bad.type, /application\/problem\+json/);
      assert.deepEqual(bad.json.errors.map((e) => e.field), ['framework.domains[0].name', 'framework.scale']);
      const shrunk = structuredClone(document);
      shrunk.pressures.pop();
      const removed = await api(server, tokens.admin, 'POST', '/api/v1/framework/versions',
        { based_on_id: current.json.id, note: '', framework: shrunk });
      assert.equal(removed.status, 422, removed.text);
      assert.deepEqual(removed.json.errors.map((e) => e.field), ['framework.pressures', 'note']);
      assert.match(removed.json.errors[0].message, /"Getting about" \(getting_about\) cannot be removed/);

      const stale = await api(server, tokens.admin, 'POST', '/api/v1/framework/versions',
        { based_on_id: list.json.items[1].id, note: 'Old base', framework: { ...document, title: 'Stale' } });
      assert.equal(stale.status, 409, stale.text);

      const adapted = structuredClone(document);
      adapted.scale[2].label = 'Managing';
      const saved = await api(server, tokens.admin, 'POST', '/api/v1/framework/versions',
        { based_on_id: current.json.id, note: 'Managing reads better than getting by', framework: adapted });
      assert.equal(saved.status, 201, saved.text);
      assert.equal(saved.json.number, 3);
      assert.equal(saved.json.based_on_id, current.json.id);
      assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/framework')).json.framework.scale[2].label, 'Managing');
    });

    test('a parent reads the three domains in parents\' words on their own page', async () => {
      const page = await clients.parent.get('/my-family');
      assert.equal(page.status, 200);
      const text = plain(page.text);
      assert.match(text, /What your support is about/);
      assert.ok(text.includes('Nurturing the relationship The everyday moments between you and your baby'));
      assert.ok(!text.includes('Caregiving skills that build a warm, responsive relationship'), 'no practitioners\' words');
    });

    test('goals and contacts carry the name of their domain from the version in force', async () => {
      const { family } = putFamily(server, 'Dora Domains', ['Dora Domains']);
      const goal = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/goals`,
        { text: 'Enjoy bath time together', area: 'bonding_with_baby', steps: [] });
      assert.equal(goal.status, 201, goal.text);
      const list = plain((await clients.supporter.get(`/families/${family}/goals`)).text);
      assert.match(list, /Bonding with baby \(Nurturing the relationship\)/);
      const detail = plain((await clients.supporter.get(`/families/${family}/goals/${goal.json.id}`)).text);
      assert.match(detail, /Bonding with baby \(Nurturing the relationship\)/);

      const author = userId(server, DEMO.supporter);
      const contact = (status, topics) => {
        const id = randomUUID();
        const now = Date.now();
        sql(server, `INSERT INTO contacts (id, family_id, author_user_id, status, kind, contact_date, occurred_at,
          duration_minutes, created_at, updated_by, updated_at) VALUES (${quote(id)}, ${quote(family)}, ${quote(author)},
          ${quote(status)}, 'home_visit', '2026-03-14', ${now}, 45, ${now}, ${quote(author)}, ${now})`);
        for (const topic of topics) sql(server, `INSERT INTO contact_topics (contact_id, topic) VALUES (${quote(id)}, ${quote(topic)})`);
        return id;
      };
      const visit = contact('submitted', ['feeding', 'housing_money_food']);
      contact('submitted', ['sleep', 'bonding_and_play']);
      contact('draft', ['emotional_wellbeing']);  // drafts are not counted
      const contacts = plain((await clients.supporter.get(`/families/${family}/contacts`)).text);
      assert.match(contacts, /Nurturing the relationship: 2 contacts/);
      assert.match(contacts, /Navigating support and context: 1 contact\b/);
      assert.doesNotMatch(contacts, /Caregiver self-capacity: /);
      const shown = plain((await clients.supporter.get(`/families/${family}/contacts/${visit}`)).text);
      assert.match(shown, /Feeding \(Nurturing the relationship\), Housing, money or food \(Navigating support and context\)/);
    });
  });
}

frameworkSuite('sqlite');
frameworkSuite('postgresql');
