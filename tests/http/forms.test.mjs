// Form safety: CSRF protection, escaping of what people type, redirects when signed out.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, FormClient, csrfTokenFrom, startServer } from '../support/server.mjs';

describe('forms', () => {
  let server;
  before(async () => { server = await startServer({ seed: true }); });
  after(async () => { await server?.stop(); });

  test('signed out, the home page redirects to sign in', async () => {
    const client = new FormClient(server.url);
    const home = await client.get('/');
    assert.equal(home.status, 303);
    assert.equal(new URL(home.location, server.url).pathname, '/login');
  });

  test('sign-in works with the page\'s csrf token and redirects home', async () => {
    const client = new FormClient(server.url);
    const response = await client.submit('/login', '/login', { email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(response.status, 303, response.text.slice(0, 500));
    assert.equal(new URL(response.location, server.url).pathname, '/');
    const home = await client.get('/');
    assert.equal(home.status, 200);
    assert.match(home.text, /Sign out/);
  });

  test('POST /login without a csrf token is refused with 403', async () => {
    const stranger = new FormClient(server.url);
    const cold = await stranger.post('/login', { email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(cold.status, 403);

    const visitor = new FormClient(server.url);
    await visitor.get('/login');
    const missing = await visitor.post('/login', { email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(missing.status, 403);
    assert.equal((await visitor.get('/')).status, 303, 'a refused sign-in must not sign anyone in');
  });

  test('POST /login with a wrong csrf token is refused with 403', async () => {
    const client = new FormClient(server.url);
    const page = await client.get('/login');
    const token = csrfTokenFrom(page.text);
    const wrong = token.length > 1 ? `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` : 'wrong';
    for (const csrf of [wrong, 'wrong', '']) {
      const response = await client.post('/login', { csrf_token: csrf, email: DEMO.coordinator, password: DEMO_PASSWORD });
      assert.equal(response.status, 403, `csrf_token=${JSON.stringify(csrf)}`);
    }
    // A token from another visitor's page does not work either.
    const other = new FormClient(server.url);
    const otherToken = csrfTokenFrom((await other.get('/login')).text);
    const borrowed = await client.post('/login', { csrf_token: otherToken, email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(borrowed.status, 403);
  });

  test('POST /register without a csrf token is refused with 403', async () => {
    const client = new FormClient(server.url);
    await client.get('/register');
    const response = await client.post('/register', {
      name: 'Ada Lovelace', email: 'ada@example.com', password: 'a long enough password', password_confirmation: 'a long enough password',
    });
    assert.equal(response.status, 403);
  });

  test('HTML typed into the register form comes back escaped, never raw', async () => {
    const client = new FormClient(server.url);
    const page = await client.get('/register');
    assert.equal(page.status, 200);
    // Fill the form as the page names its fields; hidden fields keep their values.
    const inputs = [...page.text.matchAll(/<input\b[^>]*>/gi)].map(([tag]) => ({
      name: /\bname="([^"]+)"/i.exec(tag)?.[1],
      type: (/\btype="([^"]+)"/i.exec(tag)?.[1] ?? 'text').toLowerCase(),
      value: /\bvalue="([^"]*)"/i.exec(tag)?.[1] ?? '',
    })).filter((input) => input.name);
    const names = inputs.map((input) => input.name);
    const nameField = names.find((n) => /name/i.test(n) && !/email|csrf/i.test(n));
    const emailField = names.find((n) => /email/i.test(n));
    assert.ok(nameField && emailField, `register form fields: ${names.join(', ')}`);
    const typed = `<script>alert(1)</script>' OR '1'='1'; --`;
    const fields = {};
    for (const input of inputs) {
      if (input.type === 'hidden') fields[input.name] = input.value;
      else fields[input.name] = input.type === 'password' ? 'Secret-Passw0rd-123' : 'x';
    }
    assert.ok(fields.csrf_token, 'the register form should carry a csrf_token');
    fields[nameField] = typed;
    fields[emailField] = 'not-an-email';
    const response = await client.post('/register', fields);
    assert.notEqual(response.status, 303, 'a bad email must not create the account');
    assert.ok(!response.text.includes('<script>alert(1)</script>'), 'the name came back unescaped');
    assert.ok(response.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the name should be kept, escaped');
    assert.match(response.text, /Enter an email address in the correct format, like name@example\.com/);
    assert.ok(!response.text.includes('Secret-Passw0rd-123'), 'passwords must never be sent back');
  });

  test('SQL typed into the sign-in form is just a wrong email', async () => {
    const client = new FormClient(server.url);
    const response = await client.submit('/login', '/login', { email: "' OR '1'='1' --", password: "' OR '1'='1' --" });
    assert.notEqual(response.status, 303, 'SQL in the form must not sign anyone in');
    assert.match(response.text, /Enter a correct email address and password/);
    const again = new FormClient(server.url);
    const ok = await again.submit('/login', '/login', { email: DEMO.coordinator, password: DEMO_PASSWORD });
    assert.equal(ok.status, 303, 'sign-in still works afterwards');
  });
});
