// Two `serve` processes on one database act as one site: a session made on one is valid on
// the other, and signing out on one ends it on both. Nothing that matters lives in a process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, postgresSuiteOptions, startServer } from '../support/server.mjs';

function sharedSiteSuite(database) {
  let first;
  let second;
  before(async () => {
    first = await startServer({ database, seed: true });
    second = await startServer({ database, shareDatabaseOf: first });
  });
  after(async () => {
    await second?.stop();
    await first?.stop();
  });

  async function me(server, token) {
    const response = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.text() };
  }

  test('a token from one process works on the other, and signing out on either ends it', async () => {
    const signIn = await fetch(`${first.url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO.supporter, password: DEMO_PASSWORD }),
    });
    assert.equal(signIn.status, 201);
    const { token } = await signIn.json();

    const onSecond = await me(second, token);
    assert.equal(onSecond.status, 200, onSecond.body);
    assert.equal(JSON.parse(onSecond.body).email, DEMO.supporter);

    const signOut = await fetch(`${second.url}/api/v1/sessions/current`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(signOut.status, 204);
    assert.equal((await me(first, token)).status, 401, 'signed out on the second process, refused on the first');
    assert.equal((await me(second, token)).status, 401);
  });

  test('both processes report the same schema version', async () => {
    const [a, b] = await Promise.all([first, second].map((s) => fetch(`${s.url}/healthz`).then((r) => r.json())));
    assert.equal(a.status, 'ok');
    assert.deepEqual(a, b);
  });
}

describe('two processes, one SQLite file', () => sharedSiteSuite('sqlite'));
describe('two processes, one PostgreSQL database', postgresSuiteOptions(), () => sharedSiteSuite('postgresql'));
