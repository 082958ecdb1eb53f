// The administration pages: who may reach them, adding organisations and people through
// the forms, what bad input looks like, and the audit trail of refused access.
// Runs on SQLite and, when a PostgreSQL test server is available, on PostgreSQL too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, csrfTokenFrom, postgresSuiteOptions, signIn, startServer } from '../support/server.mjs';

// ---------------------------------------------------------------------------------------
// Reading the server-rendered HTML.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity) => {
    if (entity[0] === '#') {
      const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** The visible text of an HTML fragment, whitespace collapsed. */
function textOf(html) {
  return decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The opening tag of the element with this id, or undefined. */
function tagWithId(html, id) {
  return new RegExp(`<[a-z]+\\b[^>]*\\bid="${escapeRegExp(id)}"[^>]*>`, 'i').exec(html)?.[0];
}

/** The (decoded) value attribute of the input with this id. */
function inputValue(html, id) {
  const tag = tagWithId(html, id);
  assert.ok(tag, `no element with id="${id}"`);
  const value = /\bvalue="([^"]*)"/i.exec(tag);
  return value ? decode(value[1]) : '';
}

/** The options of the select with this id: [{value, text, selected}]. */
function selectOptions(html, id) {
  const select = new RegExp(`<select\\b[^>]*\\bid="${escapeRegExp(id)}"[^>]*>([\\s\\S]*?)</select>`, 'i').exec(html);
  assert.ok(select, `no select with id="${id}"`);
  return [...select[1].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map(([, attributes, text]) => ({
    value: decode(/\bvalue="([^"]*)"/i.exec(attributes)?.[1] ?? ''),
    text: textOf(text),
    selected: /\bselected\b/i.test(attributes),
  }));
}

function selectedValue(html, id) {
  const selected = selectOptions(html, id).filter((option) => option.selected);
  assert.ok(selected.length <= 1, `more than one option selected in #${id}`);
  return selected[0]?.value ?? '';
}

/** The message shown at a field (without the hidden "Error:"), or null when there is none. */
function fieldError(html, id) {
  const start = html.indexOf(`id="${id}-error"`);
  if (start < 0) return null;
  const rest = html.slice(html.indexOf('>', start) + 1);
  const end = rest.search(/<(input|select|textarea)\b/i);
  return textOf(rest.slice(0, end < 0 ? undefined : end)).replace(/^Error:\s*/, '');
}

/** The links of the error summary: [{href, text}], or null when the page has no summary. */
function errorSummary(html) {
  const summary = /<div class="nhsuk-error-summary"[\s\S]*?<\/ul>/i.exec(html);
  if (!summary) return null;
  return [...summary[0].matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)].map(([, href, text]) => ({
    href: decode(href),
    text: textOf(text),
  }));
}

/** The cells' text of every body row of the first table. */
function tableRows(html) {
  const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/i.exec(html);
  if (!body) return [];
  return [...body[1].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map(([, row]) =>
    [...row.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map(([, cell]) => textOf(cell)));
}

function heading(html) {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return h1 ? textOf(h1[1]) : null;
}

/** Asserts a refusal page: 403, the whole site layout around it, and nothing of the admin page. */
function assertRefusedInLayout(response, what, { signedIn = true } = {}) {
  assert.equal(response.status, 403, `${what}: expected 403, got ${response.status}\n${response.text.slice(0, 300)}`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/, what);
  assert.match(response.text, /^<!DOCTYPE html>/i, what);
  assert.match(response.text, /<header class="nhsuk-header"/, `${what}: no site header`);
  assert.match(response.text, /<footer class="nhsuk-footer"/, `${what}: no site footer`);
  assert.match(response.text, /<main\b[^>]*id="maincontent"/, `${what}: no main landmark`);
  assert.match(response.text, /<title>You do not have permission to see this – Alongside<\/title>/, what);
  assert.equal(heading(response.text), 'You do not have permission to see this', what);
  if (signedIn) assert.match(response.text, />Sign out</, `${what}: the layout should show the signed-in header`);
  assert.doesNotMatch(response.text, /<table\b/, `${what}: a refusal must not show any list`);
  assert.doesNotMatch(response.text, /admin@demo\.alongside\.test/, `${what}: a refusal must not leak people`);
}

function assertRedirect(response, pathname) {
  assert.ok([302, 303].includes(response.status), `expected a redirect, got ${response.status}: ${response.text.slice(0, 300)}`);
  const location = new URL(response.location, 'http://x');
  assert.equal(`${location.pathname}${location.search}`, pathname);
}

// ---------------------------------------------------------------------------------------

const NON_ADMIN_ROLES = ['coordinator', 'supporter', 'parent', 'practitioner', 'commissioner', 'member'];
const HOSTILE = `<script>alert(1)</script> '); DROP TABLE users;--`;
let unique = 0;
const uniqueEmail = (prefix) => `${prefix}.${process.pid}.${Date.now().toString(36)}.${(unique += 1)}@example.test`;

function adminSuite(database) {
  let server;
  let admin;

  before(async () => {
    server = await startServer({ database, seed: true });
    admin = new FormClient(server.url);
    await admin.signIn(DEMO.admin);
  });
  after(async () => { await server?.stop(); });

  async function signedIn(email) {
    const client = new FormClient(server.url);
    await client.signIn(email);
    return client;
  }

  /** The administrator's search for people by email: the table rows. */
  async function peopleMatching(query) {
    const page = await admin.get(`/admin/users?q=${encodeURIComponent(query)}`);
    assert.equal(page.status, 200, page.text.slice(0, 300));
    return tableRows(page.text);
  }

  async function areaId() {
    const page = await admin.get('/admin/organisations');
    assert.equal(page.status, 200);
    const area = selectOptions(page.text, 'area_id').find((option) => option.text === 'Riverside (demo area)');
    assert.ok(area, 'the demo area should be offered');
    return area.value;
  }

  async function organisationId(name) {
    const page = await admin.get('/admin/users/new');
    assert.equal(page.status, 200);
    const option = selectOptions(page.text, 'organisation_id').find((o) => o.text.startsWith(`${name} (`));
    assert.ok(option, `no organisation option for ${name}`);
    return option.value;
  }

  test('signed out, every admin page sends you to sign in and back again', async () => {
    const visitor = new FormClient(server.url);
    for (const path of ['/admin/users', '/admin/users/new', '/admin/organisations', '/admin/audit', '/admin/users?q=Chloe']) {
      const response = await visitor.get(path);
      assertRedirect(response, `/login?next=${encodeURIComponent(path)}`);
    }
    // Forms posted signed out go to sign-in too, and change nothing.
    const email = uniqueEmail('signed-out');
    for (const [path, fields] of [
      ['/admin/users', { name: 'Signed Out', email, role: 'member', organisation_id: '' }],
      ['/admin/organisations', { name: 'Signed Out Organisation', kind: 'universal_service', area_id: await areaId() }],
      ['/admin/areas', { area_name: 'Signed Out Area' }],
    ]) {
      const response = await visitor.submit('/login', path, fields);
      assert.ok([302, 303].includes(response.status), `POST ${path}: ${response.status}`);
      assert.equal(new URL(response.location, server.url).pathname, '/login', `POST ${path}`);
    }
    assert.deepEqual(await peopleMatching(email), []);

    // Signing in from there goes back to the page asked for.
    const next = '/admin/users?q=Chloe';
    const login = await visitor.get(`/login?next=${encodeURIComponent(next)}`);
    assert.equal(login.status, 200);
    const signIn = await visitor.post('/login', {
      csrf_token: csrfTokenFrom(login.text), next: inputValueByName(login.text, 'next'),
      email: DEMO.admin, password: 'Alongside-demo-2026',
    });
    assertRedirect(signIn, next);
    const people = await visitor.get(next);
    assert.equal(people.status, 200);
    assert.ok(tableRows(people.text).some((row) => row[1] === DEMO.coordinator), 'the search should find the coordinator');
  });

  test('every role other than administrator is refused the admin pages and forms, in the site layout', async () => {
    const adminId = await meId(server.url, DEMO.admin);
    const area = await areaId();
    const programme = await organisationId('Riverside Community Parents (demo)');
    for (const role of NON_ADMIN_ROLES) {
      const client = await signedIn(DEMO[role]);
      const pages = ['/admin/users/new', '/admin/organisations', '/admin/audit', `/admin/users/${adminId}`];
      // Coordinators may see who works in their own programme (see the next test).
      if (role !== 'coordinator') pages.push('/admin/users', '/admin/users?q=admin');
      for (const path of pages) assertRefusedInLayout(await client.get(path), `${role}: GET ${path}`);

      const email = uniqueEmail(`by-${role}`);
      const posts = [
        ['/admin/users', { name: `Added by ${role}`, email, role: 'parent', organisation_id: programme }],
        ['/admin/users', { name: '', email: 'bad', role: '', organisation_id: '' }],
        ['/admin/organisations', { name: `Organisation by ${role}`, kind: 'universal_service', area_id: area }],
        ['/admin/organisations', { name: '', kind: '', area_id: '' }],
        ['/admin/areas', { area_name: `Area by ${role}` }],
        [`/admin/users/${adminId}/disable`, {}],
        [`/admin/users/${adminId}/roles`, { role: 'member', organisation_id: '' }],
      ];
      for (const [path, fields] of posts) {
        // The page's own csrf token, so only the role can be what is refused.
        const response = await client.submit('/account', path, fields);
        assertRefusedInLayout(response, `${role}: POST ${path} ${JSON.stringify(fields)}`);
      }
      assert.deepEqual(await peopleMatching(email), [], `${role} must not have added a person`);
    }
    const organisations = await admin.get('/admin/organisations');
    assert.doesNotMatch(organisations.text, /Organisation by |Area by /, 'no refused form may have added anything');
    assert.equal((await signIn(server.url, DEMO.admin)).length > 0, true, 'the administrator is still enabled');
  });

  test('a coordinator sees only the people of their own programme', async () => {
    const coordinator = await signedIn(DEMO.coordinator);
    const page = await coordinator.get('/admin/users');
    assert.equal(page.status, 200, page.text.slice(0, 300));
    const emails = tableRows(page.text).map((row) => row[1]);
    for (const email of [DEMO.coordinator, DEMO.supporter, DEMO.parent]) assert.ok(emails.includes(email), `${email} in ${emails}`);
    for (const email of [DEMO.admin, DEMO.practitioner, DEMO.commissioner, DEMO.member]) {
      assert.ok(!emails.includes(email), `${email} is not in the coordinator's programme`);
    }
    assert.doesNotMatch(page.text, /href="\/admin\/users\/new"/, 'a coordinator may not add people');
  });

  test('the administrator adds an organisation and a person through the forms and sees them listed', async () => {
    const organisationName = `Northbank Parent Peers ${process.pid} (test)`;
    const page = await admin.get('/admin/organisations');
    assert.equal(page.status, 200);
    const created = await admin.post('/admin/organisations', {
      csrf_token: csrfTokenFrom(page.text), name: organisationName, kind: 'peer_support_programme', area_id: await areaId(),
    });
    assertRedirect(created, '/admin/organisations?done=organisation');
    const organisations = await admin.get(created.location);
    assert.equal(organisations.status, 200);
    assert.match(organisations.text, /Organisation added\./);
    const row = tableRows(organisations.text).find((cells) => cells[0] === organisationName);
    assert.ok(row, `${organisationName} should be listed`);
    assert.deepEqual(row.slice(1, 3), ['Peer support programme', 'Riverside (demo area)']);

    const organisation = await organisationId(organisationName);
    const email = uniqueEmail('grace.hopper');
    const form = await admin.get('/admin/users/new');
    assert.equal(form.status, 200);
    const added = await admin.post('/admin/users', {
      csrf_token: csrfTokenFrom(form.text), name: 'Grace Hopper', email, role: 'peer_supporter', organisation_id: organisation,
    });
    assertRedirect(added, '/admin/users?done=created');
    const people = await admin.get(added.location);
    assert.equal(people.status, 200);
    assert.match(people.text, /Person added\./);
    const person = tableRows(people.text).find((cells) => cells[1] === email);
    assert.ok(person, `${email} should be listed`);
    assert.equal(person[0], 'Grace Hopper');
    assert.equal(person[2], `Peer supporter, ${organisationName}`);
    assert.equal(person[3], 'Invited');

    // The organisation's "People" link lists them too.
    const members = await admin.get(`/admin/users?organisation_id=${organisation}`);
    assert.deepEqual(tableRows(members.text).map((cells) => cells[1]), [email]);

    // Both changes are in the audit log, as the administrator's.
    const audit = await admin.get('/admin/audit?action=user.create&outcome=allowed');
    assert.ok(tableRows(audit.text).some((cells) => cells[1] === 'Avery Admin' && cells[2] === 'user.create'),
      'the new person should be in the audit log');
    const orgAudit = await admin.get('/admin/audit?action=organisation.create');
    assert.ok(tableRows(orgAudit.text).some((cells) => cells[1] === 'Avery Admin' && cells[4] === 'allowed'));
  });

  test('bad input to the person form shows it again with every entry kept, a summary and a message at the field', async () => {
    const programme = await organisationId('Riverside Community Parents (demo)');
    const cases = [
      { fields: { name: '', email: uniqueEmail('no-name'), role: 'parent', organisation_id: programme },
        errors: { name: 'Enter their full name' } },
      { fields: { name: 'Ada Lovelace', email: 'not-an-email', role: 'peer_supporter', organisation_id: programme },
        errors: { email: 'Enter an email address in the correct format, like name@example.com' } },
      { fields: { name: 'Second Parent', email: 'PARENT@demo.alongside.test', role: 'parent', organisation_id: programme },
        errors: { email: 'There is already an account with this email address' } },
      { fields: { name: HOSTILE, email: `${HOSTILE}@example.test`, role: 'coordinator', organisation_id: programme },
        errors: { email: 'Enter an email address in the correct format, like name@example.com' } },
      { fields: { name: 'No Role', email: uniqueEmail('no-role'), role: '', organisation_id: '' },
        errors: { role: 'Select a role' } },
      { fields: { name: '', email: '', role: 'practitioner', organisation_id: '' },
        errors: { name: 'Enter their full name', email: 'Enter an email address',
          organisation_id: 'Select the organisation this role is held in' } },
    ];
    for (const { fields, errors } of cases) {
      const what = JSON.stringify(fields);
      const form = await admin.get('/admin/users/new');
      const response = await admin.post('/admin/users', { csrf_token: csrfTokenFrom(form.text), ...fields });
      assert.equal(response.status, 422, `${what}: ${response.status}`);
      const html = response.text;
      assert.match(html, /<title>Error: Add a person – Alongside<\/title>/, what);
      assert.equal(heading(html), 'Add a person', what);
      assert.match(html, /<form action="\/admin\/users" method="post"/, `${what}: the form is shown again`);
      assert.deepEqual(errorSummary(html), Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text })), what);
      for (const field of ['name', 'email', 'role', 'organisation_id']) {
        assert.equal(fieldError(html, field), errors[field] ?? null, `${what}: message at ${field}`);
        if (errors[field]) {
          assert.match(tagWithId(html, field), new RegExp(`aria-describedby="[^"]*\\b${field}-error\\b`), `${what}: ${field}`);
          assert.match(tagWithId(html, field), /nhsuk-(input|select)--error/, `${what}: ${field}`);
        }
      }
      // Every entry is kept, exactly as typed.
      assert.equal(inputValue(html, 'name'), fields.name, what);
      assert.equal(inputValue(html, 'email'), fields.email, what);
      assert.equal(selectedValue(html, 'role'), fields.role, what);
      assert.equal(selectedValue(html, 'organisation_id'), fields.organisation_id, what);
      // ...and escaped: nothing typed becomes markup.
      assert.ok(!html.includes('<script>alert(1)</script>'), `${what}: raw HTML came back`);
    }
    assert.equal((await peopleMatching('Second Parent')).length, 0);
    assert.equal((await peopleMatching('Ada Lovelace')).length, 0);
    const parents = await peopleMatching(DEMO.parent);
    assert.equal(parents.length, 1, 'the existing account is untouched');
    assert.equal(parents[0][0], 'Priya Parent');
  });

  test('a name with HTML and SQL in it is saved as text and shown escaped', async () => {
    const email = uniqueEmail('hostile');
    const form = await admin.get('/admin/users/new');
    const added = await admin.post('/admin/users', {
      csrf_token: csrfTokenFrom(form.text), name: HOSTILE, email, role: 'member', organisation_id: '',
    });
    assertRedirect(added, '/admin/users?done=created');
    const list = await admin.get(`/admin/users?q=${encodeURIComponent(email)}`);
    assert.ok(!list.text.includes('<script>alert(1)</script>'), 'the name must be escaped in the list');
    const rows = tableRows(list.text);
    assert.equal(rows.length, 1);
    assert.equal(rows[0][0], HOSTILE, 'the name is kept exactly');
    // The users table is still there and whole.
    assert.equal((await peopleMatching(DEMO.coordinator)).length, 1);
    // Search wildcards are taken literally.
    for (const query of ['%', '_', '\\']) assert.deepEqual(await peopleMatching(query), [], `search for ${query}`);
    assert.ok((await signIn(server.url, DEMO.coordinator)).length > 0);

    const page = await admin.get('/admin/organisations');
    const created = await admin.post('/admin/organisations', {
      csrf_token: csrfTokenFrom(page.text), name: `${HOSTILE} ${process.pid}`, kind: 'targeted_service', area_id: await areaId(),
    });
    assertRedirect(created, '/admin/organisations?done=organisation');
    const organisations = await admin.get('/admin/organisations');
    assert.ok(!organisations.text.includes('<script>alert(1)</script>'), 'the organisation name must be escaped');
    assert.ok(tableRows(organisations.text).some((cells) => cells[0] === `${HOSTILE} ${process.pid}`));
    assert.equal((await peopleMatching(DEMO.admin)).length, 1);
  });

  test('bad input to the organisation form shows it again with every entry kept, a summary and a message at the field', async () => {
    const area = await areaId();
    const cases = [
      { fields: { name: '', kind: 'universal_service', area_id: area }, errors: { name: 'Enter the organisation name' } },
      { fields: { name: `${HOSTILE} kindless`, kind: '', area_id: area }, errors: { kind: 'Select the kind of organisation' } },
      { fields: { name: 'Riverside Family Hub (demo)', kind: 'universal_service', area_id: area },
        errors: { name: 'An organisation with this name already exists' } },
      { fields: { name: 'Nowhere Service', kind: 'specialist_service', area_id: '' }, errors: { area_id: 'Select the area' } },
      { fields: { name: 'x'.repeat(201), kind: 'specialist_service', area_id: area },
        errors: { name: 'The organisation name must be 200 characters or fewer' } },
    ];
    for (const { fields, errors } of cases) {
      const what = JSON.stringify(fields).slice(0, 120);
      const page = await admin.get('/admin/organisations');
      const response = await admin.post('/admin/organisations', { csrf_token: csrfTokenFrom(page.text), ...fields });
      assert.equal(response.status, 422, `${what}: ${response.status}`);
      const html = response.text;
      assert.match(html, /<title>Error: Organisations – Alongside<\/title>/, what);
      assert.deepEqual(errorSummary(html), Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text })), what);
      for (const field of ['name', 'kind', 'area_id']) {
        assert.equal(fieldError(html, field), errors[field] ?? null, `${what}: message at ${field}`);
      }
      assert.equal(inputValue(html, 'name'), fields.name, what);
      assert.equal(selectedValue(html, 'kind'), fields.kind, what);
      assert.equal(selectedValue(html, 'area_id'), fields.area_id, what);
      assert.ok(!html.includes('<script>alert(1)</script>'), `${what}: raw HTML came back`);
    }
    const organisations = await admin.get('/admin/organisations');
    const names = tableRows(organisations.text).map((cells) => cells[0]);
    assert.equal(names.filter((name) => name === 'Riverside Family Hub (demo)').length, 1);
    assert.ok(!names.includes('Nowhere Service'));
  });

  test('refused access is in the audit log as refused, with who and what', async () => {
    const parent = await signedIn(DEMO.parent);
    assertRefusedInLayout(await parent.get('/admin/audit'), 'parent: GET /admin/audit');
    const member = await signedIn(DEMO.member);
    assertRefusedInLayout(
      await member.submit('/account', '/admin/users', { name: 'Sneaky', email: uniqueEmail('sneaky'), role: 'administrator', organisation_id: '' }),
      'member: POST /admin/users');
    // A refused form is audited as what it tried to do, even when its entries are also wrong.
    const coordinator = await signedIn(DEMO.coordinator);
    assertRefusedInLayout(await coordinator.submit('/account', '/admin/organisations', { name: '', kind: '', area_id: '' }),
      'coordinator: POST /admin/organisations with empty entries');
    const commissioner = await signedIn(DEMO.commissioner);
    assertRefusedInLayout(await commissioner.get('/admin/organisations'), 'commissioner: GET /admin/organisations');
    // A form without its csrf token is refused before anything else.
    const noToken = await admin.post('/admin/areas', { area_name: 'No Token Area' });
    assert.equal(noToken.status, 403);
    // Signed out.
    await new FormClient(server.url).get('/admin/audit');

    const audit = await admin.get('/admin/audit?outcome=refused');
    assert.equal(audit.status, 200);
    assert.equal(selectedValue(audit.text, 'outcome'), 'refused');
    const rows = tableRows(audit.text);
    assert.ok(rows.length > 0, 'refusals should be listed');
    for (const cells of rows) assert.equal(cells[4], 'refused', `only refused entries: ${cells.join(' | ')}`);
    const has = (who, action) => rows.some((cells) => cells[1] === who && cells[2] === action);
    assert.ok(has('Priya Parent', 'audit_log.list'), 'the parent reading the audit log');
    assert.ok(has('Morgan Member', 'user.create'), 'the member adding a person');
    assert.ok(has('Cal Commissioner', 'organisation.list'), 'the commissioner listing organisations');
    assert.ok(has('Chloe Coordinator', 'organisation.create'), 'the coordinator adding an organisation');
    assert.ok(has('Avery Admin', 'csrf.refused'), 'the form without a token');
    assert.ok(has('Not signed in', 'access.unauthenticated'), 'the signed-out visit');
    assert.ok(!rows.some((cells) => cells[2] === 'user.list' && cells[1] === 'Avery Admin'), 'allowed entries are not shown');

    const filtered = await admin.get('/admin/audit?action=audit_log.&outcome=refused');
    const filteredRows = tableRows(filtered.text);
    assert.ok(filteredRows.length > 0);
    for (const cells of filteredRows) assert.match(cells[2], /^audit_log\./);
  });
}

function inputValueByName(html, name) {
  const tag = [...html.matchAll(/<input\b[^>]*>/gi)].map(([t]) => t).find((t) => t.includes(`name="${name}"`));
  assert.ok(tag, `no input named ${name}`);
  return decode(/\bvalue="([^"]*)"/i.exec(tag)?.[1] ?? '');
}

async function meId(url, email) {
  const token = await signIn(url, email);
  const response = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
  return (await response.json()).id;
}

describe('administration on SQLite', () => adminSuite('sqlite'));
describe('administration on PostgreSQL', postgresSuiteOptions(), () => adminSuite('postgresql'));
