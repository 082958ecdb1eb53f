// The sessions API: sign in, who am I, sign out, and the errors a client relies on.
// Runs on SQLite and, when a PostgreSQL test server is available, on PostgreSQL too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, postgresSuiteOptions, setCookies, startServer } from '../support/server.mjs';

async function postSession(url, body, contentType = 'application/json') {
  const response = await fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  return { response, text: await response.text() };
}

/** Asserts an RFC 9457 problem document with the given status and returns it. */
function assertProblem({ response, text }, status) {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = JSON.parse(text);
  assert.equal(problem.status, status);
  assert.equal(typeof problem.type, 'string');
  assert.equal(typeof problem.title, 'string');
  assert.ok(problem.title.length > 0);
  assert.equal(typeof problem.detail, 'string');
  return problem;
}

async function getMe(url, headers = {}) {
  const response = await fetch(`${url}/api/v1/me`, { headers: { accept: 'application/json', ...headers } });
  return { response, text: await response.text() };
}

function sessionsSuite(database) {
  let server;
  before(async () => { server = await startServer({ database, seed: true }); });
  after(async () => { await server?.stop(); });

  test('the demo coordinator signs in and gets a token and a secure session cookie', async () => {
    const { response, text } = await postSession(server.url, { email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(response.status, 201, text);
    const body = JSON.parse(text);
    assert.equal(typeof body.token, 'string');
    assert.ok(body.token.length >= 20, 'the token should be long enough not to be guessed');
    const cookie = setCookies(response.headers).find((line) => line.startsWith('alongside_session='));
    assert.ok(cookie, `no alongside_session cookie in ${JSON.stringify(setCookies(response.headers))}`);
    const attributes = cookie.split(';').slice(1).map((part) => part.trim().toLowerCase());
    assert.ok(attributes.includes('httponly'), cookie);
    assert.ok(attributes.includes('samesite=lax'), cookie);
    assert.ok(attributes.includes('path=/'), cookie);
  });

  test('/api/v1/me shows the coordinator, their role and organisation, by token or by cookie', async () => {
    const { response, text } = await postSession(server.url, { email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(response.status, 201, text);
    const { token } = JSON.parse(text);

    const byToken = await getMe(server.url, { authorization: `Bearer ${token}` });
    assert.equal(byToken.response.status, 200, byToken.text);
    const me = JSON.parse(byToken.text);
    assert.equal(me.email, DEMO.coordinator);
    assert.equal(typeof me.id, 'string');
    assert.equal(typeof me.name, 'string');
    assert.ok(me.name.length > 0);
    assert.ok(Array.isArray(me.roles), byToken.text);
    const coordinator = me.roles.find((entry) => entry.role === 'coordinator');
    assert.ok(coordinator, `no coordinator role in ${byToken.text}`);
    assert.ok(coordinator.organisation, `the coordinator role should belong to an organisation: ${byToken.text}`);
    assert.equal(typeof coordinator.organisation.id, 'string');
    assert.equal(typeof coordinator.organisation.name, 'string');
    assert.ok(coordinator.organisation.name.length > 0);
    assert.equal(typeof coordinator.organisation.kind, 'string');

    const cookie = setCookies(response.headers).find((line) => line.startsWith('alongside_session='));
    const byCookie = await getMe(server.url, { cookie: cookie.split(';')[0] });
    assert.equal(byCookie.response.status, 200, byCookie.text);
    assert.equal(JSON.parse(byCookie.text).id, me.id);
  });

  test('a wrong password and an unknown email get the same 401', async () => {
    const wrongPassword = assertProblem(
      await postSession(server.url, { email: DEMO.coordinator, password: 'not-the-password' }), 401);
    const unknownEmail = assertProblem(
      await postSession(server.url, { email: 'nobody@demo.alongside.test', password: DEMO_PASSWORD }), 401);
    assert.equal(wrongPassword.detail, unknownEmail.detail, 'the answers must not reveal which emails have accounts');
    assert.equal(wrongPassword.title, unknownEmail.title);
  });

  test('malformed JSON, unknown fields and non-object bodies get 400', async () => {
    const bodies = [
      '{"email": "coordinator@demo.alongside.test", "password": ',
      'not json',
      '',
      JSON.stringify({ email: DEMO.coordinator, password: DEMO_PASSWORD, role: 'administrator' }),
      '[]',
      '"coordinator@demo.alongside.test"',
      '42',
      'null',
      Buffer.concat([Buffer.from('{"email": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('", "password": "x"}')]),
    ];
    for (const body of bodies) {
      const result = await postSession(server.url, body);
      assert.equal(result.response.status, 400, `body ${JSON.stringify(body.toString())}: ${result.text}`);
      assertProblem(result, 400);
    }
  });

  test('missing fields get 422 with a message for each field', async () => {
    const empty = assertProblem(await postSession(server.url, {}), 422);
    assert.ok(Array.isArray(empty.errors), JSON.stringify(empty));
    for (const field of ['email', 'password']) {
      const error = empty.errors.find((entry) => entry.field === field);
      assert.ok(error, `no error for ${field}: ${JSON.stringify(empty.errors)}`);
      assert.equal(typeof error.message, 'string');
      assert.ok(error.message.length > 0);
    }
    const noPassword = assertProblem(await postSession(server.url, { email: DEMO.coordinator }), 422);
    assert.deepEqual(noPassword.errors.map((entry) => entry.field), ['password']);
  });

  test('/api/v1/me without a session or with a wrong token gets 401', async () => {
    assertProblem(await getMe(server.url), 401);
    assertProblem(await getMe(server.url, { authorization: 'Bearer not-a-real-token' }), 401);
    assertProblem(await getMe(server.url, { cookie: 'alongside_session=not-a-real-token' }), 401);
  });

  test('signing out ends the session', async () => {
    const { response, text } = await postSession(server.url, { email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(response.status, 201, text);
    const { token } = JSON.parse(text);
    const authorization = { authorization: `Bearer ${token}` };
    assert.equal((await getMe(server.url, authorization)).response.status, 200);

    const signOut = await fetch(`${server.url}/api/v1/sessions/current`, { method: 'DELETE', headers: authorization });
    assert.equal(signOut.status, 204, await signOut.text());
    assertProblem(await getMe(server.url, authorization), 401);
  });

  test('the OpenAPI 3.1 document describes the sessions API', async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    assert.equal(response.status, 200);
    const document = await response.json();
    assert.match(document.openapi, /^3\.1\./);
    const paths = Object.keys(document.paths ?? {});
    assert.ok(paths.some((p) => p.endsWith('/sessions')), `no sessions path in ${paths.join(', ')}`);
    assert.ok(paths.some((p) => p.endsWith('/me')), `no me path in ${paths.join(', ')}`);
  });
}

describe('sessions API on SQLite', () => sessionsSuite('sqlite'));
describe('sessions API on PostgreSQL', postgresSuiteOptions(), () => sessionsSuite('postgresql'));
