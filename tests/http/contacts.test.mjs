// Contacts, hours and the family timeline over HTTP: who is refused each page and API
// route, recording a contact through the form (bad input, draft, submit, edit with
// history), and what a parent is shown. Runs on SQLite and, when a PostgreSQL test server
// is available, on PostgreSQL too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO, FormClient, csrfTokenFrom, postgresSuiteOptions, signIn, startServer } from '../support/server.mjs';
import { addDemoFamily } from '../support/contact_family.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text) => text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity) => {
  if (entity[0] === '#') {
    return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  }
  return ENTITIES[entity.toLowerCase()] ?? whole;
});
const textOf = (html) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
const mainOf = (html) => /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;

/** The message at a field (without the hidden "Error:"), or null. */
function fieldError(html, id) {
  const match = new RegExp(`id="${id}-error"[^>]*>\\s*<span[^>]*>Error:</span>([\\s\\S]*?)</span>`).exec(html);
  return match ? textOf(match[1]) : null;
}

function inputValue(html, id) {
  const tag = new RegExp(`<input\\b[^>]*\\bid="${id}"[^>]*>`, 'i').exec(html)?.[0];
  assert.ok(tag, `no input #${id}`);
  return decode(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
}

function checkedValues(html, name) {
  return [...html.matchAll(/<input\b[^>]*type="checkbox"[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => tag.includes(`name="${name}"`) && /\bchecked\b/.test(tag))
    .map((tag) => decode(/\bvalue="([^"]*)"/.exec(tag)[1]));
}

const REFUSED_ROLES = ['practitioner', 'commissioner', 'member', 'admin'];

function contactsSuite(database) {
  let server;
  let family;
  const clients = {};
  const tokens = {};

  before(async () => {
    server = await startServer({ database, seed: true });
    family = addDemoFamily(server.databaseUrl);
    for (const role of ['coordinator', 'supporter', 'parent', ...REFUSED_ROLES]) {
      clients[role] = new FormClient(server.url);
      await clients[role].signIn(DEMO[role]);
      tokens[role] = await signIn(server.url, DEMO[role]);
    }
  });
  after(async () => { await server?.stop(); });

  const base = () => `/families/${family.familyId}/contacts`;

  async function api(role, method, path, body) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[role]}`, accept: 'application/json',
                 ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', json: text ? JSON.parse(text) : null,
             location: response.headers.get('location') };
  }

  async function csrf(role) {
    return csrfTokenFrom((await clients[role].get('/account')).text);
  }

  /** Posts the contact form as `role`, with repeated fields given as [name, value] pairs. */
  async function postForm(role, path, pairs) {
    return clients[role].post(path, [['csrf_token', await csrf(role)], ...pairs]);
  }

  /** The fields of a complete home visit; `extra` pairs replace fields of the same name. */
  const visit = (date, extra = []) => [
    ['kind', 'home_visit'], ['date', date], ['start_time', '10:00'], ['duration_minutes', '45'],
    ['caregiver_ids', family.caregiverId], ['topics', 'feeding'], ['notes', 'Private notes about night feeds'],
  ].filter(([name]) => !extra.some(([replaced]) => replaced === name)).concat(extra);

  test('roles outside the family are refused every contact and timeline page, form and API route', async () => {
    const anyId = randomUUID();
    for (const role of REFUSED_ROLES) {
      for (const path of [base(), `${base()}/new`, `${base()}/${anyId}`, `/families/${family.familyId}/timeline`]) {
        const response = await clients[role].get(path);
        assert.ok([403, 404].includes(response.status), `${role} GET ${path}: ${response.status}`);
        assert.doesNotMatch(response.text, /Test Family/, `${role} GET ${path} must not show the family`);
      }
      assert.equal((await clients[role].get(base())).status, 403, `${role} GET contacts`);
      const post = await postForm(role, base(), visit('1 1 2026'));
      assert.equal(post.status, 403, `${role} POST contacts`);
      for (const [method, path, body] of [
        ['GET', `/api/v1${base()}`], ['POST', `/api/v1${base()}`, { kind: 'phone' }],
        ['GET', `/api/v1/families/${family.familyId}/timeline`],
      ]) {
        const response = await api(role, method, path, body);
        assert.equal(response.status, 403, `${role} ${method} ${path}`);
        assert.match(response.type, /^application\/problem\+json/);
      }
    }
    const stranger = new FormClient(server.url);
    const signedOut = await stranger.get(base());
    assert.ok([302, 303].includes(signedOut.status));
    assert.match(signedOut.location, /^\/login/);
    const unauthenticated = await fetch(`${server.url}/api/v1${base()}`);
    assert.equal(unauthenticated.status, 401);
  });

  test('a parent may read but not record, edit or delete contacts', async () => {
    assert.equal((await clients.parent.get(`${base()}/new`)).status, 403);
    assert.equal((await postForm('parent', base(), visit('1 1 2026'))).status, 403);
    assert.equal((await api('parent', 'POST', `/api/v1${base()}`, { kind: 'phone' })).status, 403);
    assert.equal((await clients.parent.get(base())).status, 200);
    assert.equal((await clients.parent.get('/hours')).status, 403);
    assert.equal((await api('parent', 'GET', '/api/v1/hours')).status, 403);
    assert.equal((await clients.member.get('/hours')).status, 403);
  });

  test('a contact: bad input kept with messages, saved as a draft, submitted, edited with its history', async () => {
    const bad = await postForm('supporter', base(), [
      ['kind', 'home_visit'], ['date', '31 2 2026'], ['start_time', '25:00'], ['duration_minutes', '900'],
      ['caregiver_ids', family.caregiverId], ['topics', 'sleep'], ['location', 'Café <b>bold</b>'], ['notes', 'Kept notes'],
      ['action', 'draft'],
    ]);
    assert.equal(bad.status, 422);
    assert.equal(fieldError(bad.text, 'date'), 'Enter a real date, for example 14 3 2026');
    assert.equal(fieldError(bad.text, 'start_time'), 'Enter the start time like 9:30 or 2:15pm, or leave it empty');
    assert.match(fieldError(bad.text, 'duration_minutes'), /from 1 to 720/);
    assert.equal(inputValue(bad.text, 'date'), '31 2 2026');
    assert.equal(inputValue(bad.text, 'location'), 'Café <b>bold</b>');
    assert.match(bad.text, /<textarea[^>]*>Kept notes<\/textarea>/);
    assert.deepEqual(checkedValues(bad.text, 'topics'), ['sleep']);
    assert.deepEqual(checkedValues(bad.text, 'caregiver_ids'), [family.caregiverId]);
    assert.match(bad.text, /href="#date"/);

    const draft = await postForm('supporter', base(), [['kind', 'phone'], ['notes', 'Half written'], ['action', 'draft']]);
    assert.equal(draft.status, 303, draft.text.slice(0, 500));
    const contactPath = new URL(draft.location, server.url).pathname;
    assert.match((await clients.supporter.get(base())).text, /Draft/);
    assert.match((await clients.coordinator.get(base())).text, /Draft/, 'the coordinator sees drafts');

    // Submitting the incomplete draft shows what is missing on its form.
    const early = await clients.supporter.post(`${contactPath}/submit`, { csrf_token: await csrf('supporter') });
    assert.equal(early.status, 422);
    assert.equal(fieldError(early.text, 'date'), 'Enter the date of the contact');

    const submitted = await postForm('supporter', `${contactPath}/edit`, visit('2 1 2026', [['action', 'submit']]));
    assert.equal(submitted.status, 303, submitted.text.slice(0, 500));
    const shown = await clients.supporter.get(contactPath);
    assert.match(textOf(mainOf(shown.text)), /Home visit, 2 January 2026/);
    assert.doesNotMatch(shown.text, /nhsuk-tag--grey">Draft/);

    const edited = await postForm('coordinator', `${contactPath}/edit`,
      visit('3 1 2026', [['notes', 'Corrected date'], ['action', 'save']]));
    assert.equal(edited.status, 303);
    const history = textOf(mainOf((await clients.supporter.get(contactPath)).text));
    assert.match(history, /Edited 1 time after it was submitted/);
    assert.match(history, /Version 1, saved by Sam Supporter/);
    assert.match(history, /Private notes about night feeds/);
    assert.match(history, /Corrected date/);

    // A submitted contact cannot be deleted; a draft can, after a confirmation page.
    assert.equal((await clients.supporter.get(`${contactPath}/delete`)).status, 409);
    const other = await postForm('supporter', base(), [['kind', 'text'], ['action', 'draft']]);
    const otherPath = new URL(other.location, server.url).pathname;
    const confirm = await clients.supporter.get(`${otherPath}/delete`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /Delete this draft contact\?/);
    const deleted = await clients.supporter.post(`${otherPath}/delete`, { csrf_token: csrfTokenFrom(confirm.text) });
    assert.equal(deleted.status, 303);
    assert.equal((await clients.supporter.get(otherPath)).status, 404);

    // The parent sees the contact's date and kind, never the notes or drafts.
    const parentList = await clients.parent.get(base());
    assert.equal(parentList.status, 200);
    assert.match(textOf(mainOf(parentList.text)), /3 January 2026 Home visit/);
    assert.doesNotMatch(parentList.text, /Draft|night feeds|Corrected/);
    const parentView = await clients.parent.get(contactPath);
    assert.equal(parentView.status, 200);
    assert.doesNotMatch(parentView.text, /night feeds|Corrected date|Version 1/);
    assert.equal((await clients.parent.get(`${contactPath}/edit`)).status, 403);
    const parentApi = await api('parent', 'GET', `/api/v1${contactPath}`);
    assert.equal(parentApi.status, 200);
    assert.deepEqual(Object.keys(parentApi.json).sort(), ['date', 'family_id', 'id', 'kind', 'status']);

    // The timeline shows it, the parent without the minutes.
    const timeline = textOf(mainOf((await clients.coordinator.get(`/families/${family.familyId}/timeline`)).text));
    assert.match(timeline, /Home visit, 45 minutes/);
    const parentTimeline = textOf(mainOf((await clients.parent.get(`/families/${family.familyId}/timeline`)).text));
    assert.match(parentTimeline, /Home visit/);
    assert.doesNotMatch(parentTimeline, /45 minutes|Family recorded/);

    // The supporter's hours count it; the coordinator sees the programme.
    const hours = textOf(mainOf((await clients.supporter.get('/hours')).text));
    assert.match(hours, /January 2026 1 45 minutes/);
    const programme = await clients.coordinator.get('/hours?month=2026-01');
    assert.match(textOf(mainOf(programme.text)), /Sam Supporter 1 45 minutes/);
    assert.equal((await clients.coordinator.get('/hours?month=January')).status, 422);
  });

  test('the API records a draft, changes it, submits it and keeps the history of later edits', async () => {
    const created = await api('supporter', 'POST', `/api/v1${base()}`, { kind: 'video', date: '2026-01-05' });
    assert.equal(created.status, 201);
    assert.equal(created.json.status, 'draft');
    assert.equal(created.location, `/api/v1${base()}/${created.json.id}`);
    const path = `/api/v1${base()}/${created.json.id}`;

    const incomplete = await api('supporter', 'POST', `${path}/submission`);
    assert.equal(incomplete.status, 422);
    assert.deepEqual(incomplete.json.errors.map((e) => e.field), ['duration_minutes', 'caregiver_ids']);

    const patched = await api('supporter', 'PATCH', path, { duration_minutes: 30, caregiver_ids: [family.caregiverId] });
    assert.equal(patched.status, 200);
    assert.equal(patched.json.kind, 'video');
    assert.equal(patched.json.duration_minutes, 30);
    const submitted = await api('supporter', 'POST', `${path}/submission`);
    assert.equal(submitted.status, 200);
    assert.equal(submitted.json.status, 'submitted');

    const edited = await api('supporter', 'PATCH', path, { notes: 'Added later' });
    assert.equal(edited.json.edit_count, 1);
    const read = await api('coordinator', 'GET', path);
    assert.equal(read.json.revisions.length, 1);
    assert.equal(read.json.revisions[0].notes, '');

    const bad = await api('supporter', 'PATCH', path, { duration_minutes: '45' });
    assert.equal(bad.status, 400);
    const unknown = await api('supporter', 'POST', `/api/v1${base()}`, { kind: 'phone', mood: 'good' });
    assert.equal(unknown.status, 400);

    const list = await api('coordinator', 'GET', `/api/v1${base()}?page_size=1`);
    assert.equal(list.status, 200);
    assert.equal(list.json.items.length, 1);
    assert.ok(list.json.total >= 1);
    const timeline = await api('parent', 'GET', `/api/v1/families/${family.familyId}/timeline`);
    assert.equal(timeline.status, 200);
    assert.ok(timeline.json.items.every((item) => item.event === 'contact' && item.extra === ''));
    const hours = await api('coordinator', 'GET', '/api/v1/hours?month=2026-01');
    assert.equal(hours.status, 200);
    assert.ok(hours.json.programme.supporters.some((s) => s.name === 'Sam Supporter' && s.contact_minutes >= 30));
  });

  test('no new contact for a family that has not agreed to support', async () => {
    const { familyId } = addDemoFamily(server.databaseUrl, { name: 'No Consent', consent: false });
    const response = await api('coordinator', 'POST', `/api/v1/families/${familyId}/contacts`, { kind: 'phone' });
    assert.equal(response.status, 409);
    assert.equal((await clients.coordinator.get(`/families/${familyId}/contacts/new`)).status, 409);
    const list = await clients.coordinator.get(`/families/${familyId}/contacts`);
    assert.equal(list.status, 200);
    assert.doesNotMatch(list.text, /Record a contact/);
  });
}

describe('contacts on SQLite', () => contactsSuite('sqlite'));
describe('contacts on PostgreSQL', postgresSuiteOptions(), () => contactsSuite('postgresql'));
