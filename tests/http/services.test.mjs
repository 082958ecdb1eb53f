// The service directory over HTTP: the public directory signed out (no internal notes),
// each role on the workers' pages, a form with bad input, and the API's clash on a stale
// version. Runs on SQLite and, when a PostgreSQL test server is available, on PostgreSQL too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, postgresSuiteOptions, signIn, startServer } from '../support/server.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (text) => text.replace(/&(#39|[a-z]+);/gi, (whole, name) => ENTITIES[name.toLowerCase()] ?? whole);
const textOf = (html) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/** The message shown at a field, without the hidden "Error:", or null. */
function fieldError(html, id) {
  const match = new RegExp(`id="${id}-error"[^>]*>([\\s\\S]*?)</span>\\s*</span>|id="${id}-error"[^>]*>([\\s\\S]*?)<(input|select|textarea|div)`).exec(html);
  if (!match) return null;
  return textOf(match[1] ?? match[2]).replace(/^Error:\s*/, '');
}

function inputValue(html, id) {
  const tag = new RegExp(`<input\\b[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0];
  assert.ok(tag, `no input #${id}`);
  return decode(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
}

const INTERNAL_NOTE = 'Vouchers can be issued by peer supporters.';

function servicesSuite(database) {
  let server;
  const tokens = {};

  before(async () => {
    server = await startServer({ database, seed: true });
    for (const role of ['coordinator', 'practitioner', 'supporter', 'parent']) tokens[role] = await signIn(server.url, DEMO[role]);
  });
  after(async () => { await server?.stop(); });

  async function api(role, method, path, body) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), json: text ? JSON.parse(text) : null };
  }

  async function serviceNamed(name) {
    const found = await api('coordinator', 'GET', `/api/v1/services?q=${encodeURIComponent(name)}`);
    assert.equal(found.status, 200);
    const service = found.json.items.find((item) => item.name === name);
    assert.ok(service, `no service named ${name}`);
    return service;
  }

  async function client(role) {
    const c = new FormClient(server.url);
    await c.signIn(DEMO[role]);
    return c;
  }

  test('the public directory needs no sign-in and never shows notes for workers', async () => {
    const visitor = new FormClient(server.url);
    const list = await visitor.get('/directory?q=food');
    assert.equal(list.status, 200);
    assert.match(textOf(list.text), /Riverside Food Bank/);
    assert.ok(!list.text.includes(INTERNAL_NOTE));
    const foodBank = await serviceNamed('Riverside Food Bank');
    assert.equal(foodBank.internal_notes, INTERNAL_NOTE);
    const detail = await visitor.get(`/directory/${foodBank.id}`);
    assert.equal(detail.status, 200);
    assert.match(textOf(detail.text), /01632 960 450/);
    assert.ok(!detail.text.includes(INTERNAL_NOTE), 'internal notes on the public page');
    assert.ok(!detail.text.includes(foodBank.review_due), 'review date on the public page');
    assert.equal((await visitor.get('/directory?postcode=RV2')).text.includes('Riverside Food Bank'), false,
      'the food bank covers RV1 and RV3 only');
    const bad = await visitor.get('/directory?postcode=nowhere');
    assert.equal(bad.status, 422);
    assert.match(fieldError(bad.text, 'postcode'), /Enter a postcode or the first half of one/);
    assert.equal((await visitor.get('/directory/not-an-id')).status, 404);
    assert.equal((await visitor.get('/services')).status, 303, 'the workers directory asks visitors to sign in');
  });

  test('every worker reads the directory, with notes for workers; parents and members do not', async () => {
    const foodBank = await serviceNamed('Riverside Food Bank');
    for (const role of ['coordinator', 'supporter', 'practitioner']) {
      const c = await client(role);
      const list = await c.get('/services');
      assert.equal(list.status, 200, role);
      assert.ok(/href="\/services"[^>]*>(<strong[^>]*>)?Services</.test(list.text), `${role}: navigation link`);
      const detail = await c.get(`/services/${foodBank.id}`);
      assert.equal(detail.status, 200, role);
      assert.ok(detail.text.includes(INTERNAL_NOTE), `${role} sees the internal note`);
      assert.equal(list.text.includes('href="/services/new"'), role !== 'supporter', `${role}: add link`);
    }
    for (const role of ['parent', 'member']) {
      const c = await client(role);
      assert.equal((await c.get('/services')).status, 403, role);
      assert.equal((await c.get(`/services/${foodBank.id}`)).status, 403, role);
    }
    const stale = await (await client('coordinator')).get('/services?stale=1');
    assert.match(textOf(stale.text), /Bringing Up Baby course/);
    assert.match(stale.text, /Needs review/);
  });

  test('only the keeping organisation edits an entry', async () => {
    const visiting = await serviceNamed('Riverside Health Visiting');
    const coordinator = await client('coordinator');
    assert.equal((await coordinator.get(`/services/${visiting.id}/edit`)).status, 403);
    assert.equal((await coordinator.get(`/services/${visiting.id}/archive`)).status, 403);
    const supporter = await client('supporter');
    assert.equal((await supporter.get('/services/new')).status, 403);
    const practitioner = await client('practitioner');
    assert.equal((await practitioner.get(`/services/${visiting.id}/edit`)).status, 200);
    const patch = await api('coordinator', 'PATCH', `/api/v1/services/${visiting.id}`, { version: visiting.version, hours: 'Never' });
    assert.equal(patch.status, 403);
  });

  test('bad input is shown again with every entry kept and a message at each field', async () => {
    const practitioner = await client('practitioner');
    const fields = {
      name: '', level: 'universal', type: 'midwifery', summary: 'Baby weighing <b>drop-in</b>',
      referral_route: 'email', referral_contact: 'not an email', response_days: '120', review_due: '31 2 2027',
      postcode_districts: 'RV1, nowhere', min_age_months: '12', max_age_months: '6', in_pregnancy: '1',
    };
    const response = await practitioner.submit('/services/new', '/services/new', fields);
    assert.equal(response.status, 422);
    assert.equal(fieldError(response.text, 'name'), 'Enter the name of the service');
    assert.equal(fieldError(response.text, 'referral_contact'), 'Enter an email address, like referrals@example.org');
    assert.equal(fieldError(response.text, 'response_days'), 'Enter the expected response time as a whole number of days from 1 to 90');
    assert.equal(fieldError(response.text, 'review_due'), 'Enter the review date as a real date, like 14 3 2027');
    assert.equal(fieldError(response.text, 'max_age_months'), 'The oldest age must be the same as or more than the youngest');
    assert.match(fieldError(response.text, 'postcode_districts'), /"NOWHERE" is not a postcode district|"nowhere" is not a postcode district/);
    assert.match(response.text, /<div class="nhsuk-error-summary"/);
    assert.equal(inputValue(response.text, 'postcode_districts'), 'RV1, nowhere');
    assert.equal(inputValue(response.text, 'review_due'), '31 2 2027');
    assert.ok(response.text.includes('Baby weighing &lt;b&gt;drop-in&lt;/b&gt;'), 'summary kept and escaped');

    const saved = await practitioner.submit('/services/new', '/services/new', {
      ...fields, name: 'Riverside Baby Weighing', referral_contact: 'weighing@riverside.example', response_days: '5',
      review_due: '1 3 2027', postcode_districts: 'RV1', max_age_months: '12', internal_notes: 'Ask for Jo',
    });
    assert.equal(saved.status, 303, saved.text.slice(0, 500));
    const detail = await practitioner.get(saved.location);
    assert.equal(detail.status, 200);
    assert.match(textOf(detail.text), /Riverside Baby Weighing/);
    assert.match(textOf(detail.text), /Ask for Jo/);
  });

  test('the API adds, reads and changes entries and refuses a stale version', async () => {
    const created = await api('practitioner', 'POST', '/api/v1/services', {
      name: 'Riverside Sling Library', level: 'community', type: 'family_hub', referral_route: 'web',
      referral_contact: 'https://slings.riverside.example', needs: ['feeding'], response_days: 7,
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    assert.equal(created.json.version, 1);
    assert.equal(created.json.stale, false);

    const invalid = await api('practitioner', 'POST', '/api/v1/services', { name: '', level: 'nope', type: 'food_bank', referral_route: 'phone' });
    assert.equal(invalid.status, 422);
    assert.match(invalid.type, /application\/problem\+json/);

    const first = await api('practitioner', 'PATCH', `/api/v1/services/${created.json.id}`, { version: 1, hours: 'Saturdays' });
    assert.equal(first.status, 200);
    assert.equal(first.json.version, 2);
    assert.equal(first.json.hours, 'Saturdays');
    assert.deepEqual(first.json.needs, ['feeding'], 'fields not named keep their value');
    const clash = await api('practitioner', 'PATCH', `/api/v1/services/${created.json.id}`, { version: 1, hours: 'Sundays' });
    assert.equal(clash.status, 409);
    assert.match(clash.type, /application\/problem\+json/);
    assert.equal((await api('practitioner', 'GET', `/api/v1/services/${created.json.id}`)).json.hours, 'Saturdays');

    assert.equal((await api('parent', 'GET', '/api/v1/services')).status, 403);
    assert.equal((await api('supporter', 'POST', '/api/v1/services', { name: 'x' })).status, 403);
    const search = await api('supporter', 'GET', '/api/v1/services?level=specialist');
    assert.equal(search.status, 200);
    assert.ok(search.json.items.length >= 2);
    assert.ok(search.json.items.every((item) => item.level === 'specialist'));
  });
}

describe('service directory on SQLite', () => servicesSuite('sqlite'));
describe('service directory on PostgreSQL', postgresSuiteOptions(), () => servicesSuite('postgresql'));
