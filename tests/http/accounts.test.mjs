// Accounts end to end: registering and confirming the email address, resetting a forgotten
// password, changing it, the password rules, expired sessions, and API tokens.
// Emails are not sent in development: the server writes each one to its log as a JSON
// line ({"event":"email_sent_to_log", ...}), which these tests read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO, FormClient, ROOT, csrfTokenFrom, setCookies, signIn, startServer } from '../support/server.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let unique = 0;
const uniqueEmail = (prefix) => `${prefix}.${process.pid}.${Date.now().toString(36)}.${(unique += 1)}@example.test`;

/** A password no list would hold, different each call. */
const strongPassword = () => `Quiet-Harbour-Lantern-${Math.floor(Math.random() * 1e9)}`;

/** A password of 12 or more characters that the common-passwords list refuses. */
const COMMON_PASSWORD = readFileSync(path.join(ROOT, 'data', 'common-passwords.txt'), 'utf8')
  .split('\n').map((line) => line.trim())
  .find((line) => line.length >= 12 && !line.startsWith('#') && /[a-z]/i.test(line));

// ---------------------------------------------------------------------------------------

function emailsIn(output) {
  const emails = [];
  for (const line of output.split('\n')) {
    if (!line.includes('"event":"email_sent_to_log"')) continue;
    try {
      emails.push(JSON.parse(line.slice(line.indexOf('{'))));
    } catch { /* a line cut short by the output limit */ }
  }
  return emails;
}

/** Ids of the emails logged so far, to tell new ones from old. */
function emailIds(server) {
  return new Set(emailsIn(server.output()).map((email) => email.id));
}

/** Waits for a new email to `to` whose subject matches, and returns it. */
async function waitForEmail(server, to, subject, seen = new Set(), timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = emailsIn(server.output()).find((e) => e.to === to && subject.test(e.subject) && !seen.has(e.id));
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`no email to ${to} matching ${subject} within ${timeoutMs} ms; emails logged: ` +
        JSON.stringify(emailsIn(server.output()).map((e) => [e.to, e.subject])));
    }
    await sleep(100);
  }
}

function linkIn(email, server, pathname) {
  const match = new RegExp(`(https?://\\S+${pathname.replace('/', '\\/')}\\?token=[A-Za-z0-9_-]+)`).exec(email.body);
  assert.ok(match, `no ${pathname} link in: ${email.body}`);
  const link = new URL(match[1]);
  assert.equal(link.origin, server.url, 'links point at the public address of this server');
  return `${link.pathname}${link.search}`;
}

function textOf(html) {
  return html.replace(/<[^>]*>/g, ' ').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
}

function heading(html) {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return h1 ? textOf(h1[1]) : null;
}

/** The message shown at a field (without the hidden "Error:"), or null. */
function fieldError(html, id) {
  const start = html.indexOf(`id="${id}-error"`);
  if (start < 0) return null;
  const rest = html.slice(html.indexOf('>', start) + 1);
  const end = rest.search(/<(input|select|textarea)\b/i);
  return textOf(rest.slice(0, end < 0 ? undefined : end)).replace(/^Error:\s*/, '');
}

function summaryLinks(html) {
  const summary = /<div class="nhsuk-error-summary"[\s\S]*?<\/ul>/i.exec(html);
  if (!summary) return [];
  return [...summary[0].matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)].map(([, href, text]) => `${href} ${textOf(text)}`);
}

/** Asserts the form came back with this message at the field and in the summary. */
function assertFieldRefused(response, field, message, what) {
  assert.equal(response.status, 422, `${what}: expected 422, got ${response.status}\n${textOf(response.text).slice(0, 400)}`);
  assert.match(response.text, /<title>Error: /, what);
  assert.equal(fieldError(response.text, field), message, `${what}: message at ${field}`);
  assert.ok(summaryLinks(response.text).includes(`#${field} ${message}`),
    `${what}: summary ${JSON.stringify(summaryLinks(response.text))}`);
}

async function apiMe(url, headers) {
  const response = await fetch(`${url}/api/v1/me`, { headers: { accept: 'application/json', ...headers } });
  return { response, text: await response.text() };
}

function assertProblem401({ response, text }, what) {
  assert.equal(response.status, 401, `${what}: ${response.status} ${text}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
  const problem = JSON.parse(text);
  assert.equal(problem.status, 401, what);
  assert.equal(typeof problem.title, 'string');
  assert.equal(typeof problem.detail, 'string');
}

async function apiSignInStatus(url, email, password) {
  const response = await fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  await response.arrayBuffer();
  return response.status;
}

// ---------------------------------------------------------------------------------------

describe('accounts', () => {
  let server;
  before(async () => { server = await startServer({ seed: true }); });
  after(async () => { await server?.stop(); });

  /** Registers through the form, follows the emailed link, and returns the credentials. */
  async function registerAndConfirm(name) {
    const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '.'));
    const password = strongPassword();
    const seen = emailIds(server);
    const client = new FormClient(server.url);
    const registered = await client.submit('/register', '/register', { name, email, password, password_confirm: password });
    assert.equal(registered.status, 303, textOf(registered.text).slice(0, 400));
    const link = linkIn(await waitForEmail(server, email, /Confirm your email address/, seen), server, '/verify-email');
    const confirmed = await client.get(link);
    assert.equal(confirmed.status, 200, textOf(confirmed.text).slice(0, 400));
    return { email, password, name };
  }

  test('registering sends a confirmation link; once followed, the new member signs in', async () => {
    const email = uniqueEmail('rowan');
    const password = strongPassword();
    const seen = emailIds(server);
    const client = new FormClient(server.url);
    const registered = await client.submit('/register', '/register', {
      name: 'Rowan Registrant', email: email.toUpperCase(), password, password_confirm: password,
    });
    assert.equal(registered.status, 303, textOf(registered.text).slice(0, 400));
    assert.equal(registered.location, '/register/check-email');
    const check = await client.get(registered.location);
    assert.equal(check.status, 200);
    assert.equal(heading(check.text), 'Check your email');

    // Not confirmed yet: the password alone does not sign in.
    assert.equal(await apiSignInStatus(server.url, email, password), 401);

    const message = await waitForEmail(server, email, /^Confirm your email address for Alongside$/, seen);
    assert.match(message.body, /Hello Rowan Registrant,/);
    const link = linkIn(message, server, '/verify-email');
    const confirmed = await client.get(link);
    assert.equal(confirmed.status, 200, textOf(confirmed.text).slice(0, 400));
    assert.equal(heading(confirmed.text), 'Your email address is confirmed');
    assert.match(confirmed.text, /<a href="\/login">Sign in<\/a>/);

    // The link works once.
    const again = await client.get(link);
    assert.equal(again.status, 410);
    assert.equal(heading(again.text), 'This link has expired');
    const garbage = await client.get('/verify-email?token=not-a-real-token');
    assert.equal(garbage.status, 410);

    const signedIn = await client.submit('/login', '/login', { email, password });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.location, '/');
    const account = await client.get('/account');
    assert.equal(account.status, 200);
    assert.match(account.text, /Rowan Registrant/);
    assert.match(account.text, new RegExp(email.replace(/\./g, '\\.')), 'the email address is stored in lower case');
    assert.match(account.text, /Community member/);
  });

  test('registering again with a used address changes nothing and tells the owner by email', async () => {
    const { email, password } = await registerAndConfirm('Owner Person');
    const seen = emailIds(server);
    const client = new FormClient(server.url);
    const other = strongPassword();
    const response = await client.submit('/register', '/register', { name: 'Impostor', email, password: other, password_confirm: other });
    assert.equal(response.status, 303, 'the answer must not reveal that the address has an account');
    assert.equal(response.location, '/register/check-email');
    const warning = await waitForEmail(server, email, /Someone tried to register/, seen);
    assert.doesNotMatch(warning.body, /verify-email/);
    assert.equal(await apiSignInStatus(server.url, email, other), 401);
    assert.equal(await apiSignInStatus(server.url, email, password), 201);
  });

  test('a forgotten password: the emailed link sets a new one once; the old one stops working', async () => {
    const { email, password } = await registerAndConfirm('Forgetful Person');
    const oldSession = await signIn(server.url, email, password);
    const client = new FormClient(server.url);

    const seen = emailIds(server);
    const asked = await client.submit('/forgot-password', '/forgot-password', { email });
    assert.equal(asked.status, 200);
    assert.equal(heading(asked.text), 'Check your email');
    // An address with no account gets the same answer.
    const unknown = await client.submit('/forgot-password', '/forgot-password', { email: uniqueEmail('nobody') });
    assert.equal(unknown.status, 200);
    assert.equal(heading(unknown.text), 'Check your email');

    const link = linkIn(await waitForEmail(server, email, /^Reset your Alongside password$/, seen), server, '/reset-password');
    const form = await client.get(link);
    assert.equal(form.status, 200);
    assert.equal(heading(form.text), 'Choose a new password');
    const token = new URL(link, server.url).searchParams.get('token');

    // The rules apply here too, and a refused attempt does not use the link up.
    const short = await client.post('/reset-password', { csrf_token: csrfTokenFrom(form.text), token, password: 'Short-pw-1', password_confirm: 'Short-pw-1' });
    assertFieldRefused(short, 'password', 'Your password must be at least 12 characters long', 'short reset password');
    const mismatch = await client.post('/reset-password', {
      csrf_token: csrfTokenFrom(form.text), token, password: strongPassword(), password_confirm: strongPassword(),
    });
    assertFieldRefused(mismatch, 'password_confirm', 'The passwords do not match', 'mismatched reset password');

    const newPassword = strongPassword();
    const reset = await client.post('/reset-password', {
      csrf_token: csrfTokenFrom(form.text), token, password: newPassword, password_confirm: newPassword,
    });
    assert.equal(reset.status, 303, textOf(reset.text).slice(0, 400));
    assert.equal(reset.location, '/login?reason=password_reset');
    const login = await client.get(reset.location);
    assert.match(login.text, /Your password has been changed/);

    assert.equal(await apiSignInStatus(server.url, email, newPassword), 201, 'the new password works');
    assert.equal(await apiSignInStatus(server.url, email, password), 401, 'the old password does not');
    assertProblem401(await apiMe(server.url, { authorization: `Bearer ${oldSession}` }), 'sessions from before the reset end');

    // The link cannot be used again.
    const reused = await client.get(link);
    assert.equal(reused.status, 410);
    assert.equal(heading(reused.text), 'This link has expired');
    const third = strongPassword();
    const reposted = await client.post('/reset-password', { csrf_token: csrfTokenFrom(form.text), token, password: third, password_confirm: third });
    assert.equal(reposted.status, 410);
    assert.equal(await apiSignInStatus(server.url, email, third), 401);
    assert.equal(await apiSignInStatus(server.url, email, newPassword), 201);
  });

  test('changing the password needs the right current password, and ends the other sessions', async () => {
    const { email, password } = await registerAndConfirm('Changing Person');
    const elsewhere = await signIn(server.url, email, password);
    const client = new FormClient(server.url);
    await client.signIn(email, password);

    const next = strongPassword();
    const wrong = await client.submit('/account/password', '/account/password', {
      current_password: 'not-my-password-at-all', new_password: next, new_password_confirm: next,
    });
    assertFieldRefused(wrong, 'current_password', 'Your current password is not correct', 'wrong current password');
    for (const field of ['current_password', 'new_password', 'new_password_confirm']) {
      assert.match(wrong.text, new RegExp(`<input[^>]*id="${field}"[^>]*value=""`), `${field} is never sent back`);
    }
    const missing = await client.submit('/account/password', '/account/password', { current_password: '', new_password: next, new_password_confirm: next });
    assertFieldRefused(missing, 'current_password', 'Enter your current password', 'no current password');
    assert.equal(await apiSignInStatus(server.url, email, password), 201, 'a refused change changes nothing');
    assert.equal(await apiSignInStatus(server.url, email, next), 401);

    const changed = await client.submit('/account/password', '/account/password', {
      current_password: password, new_password: next, new_password_confirm: next,
    });
    assert.equal(changed.status, 303, textOf(changed.text).slice(0, 400));
    assert.equal(changed.location, '/account?done=password');
    const account = await client.get(changed.location);
    assert.equal(account.status, 200, 'this session stays signed in');
    assert.match(account.text, /Your password has been changed\./);
    assertProblem401(await apiMe(server.url, { authorization: `Bearer ${elsewhere}` }), 'other sessions end');
    assert.equal(await apiSignInStatus(server.url, email, next), 201);
    assert.equal(await apiSignInStatus(server.url, email, password), 401);
  });

  test('a password under 12 characters or a common one is refused at the field', async () => {
    assert.ok(COMMON_PASSWORD, 'the common passwords list should hold one of 12 characters or more');
    const visitor = new FormClient(server.url);
    const email = uniqueEmail('weak');
    const cases = [
      ['Elevenchars', 'Your password must be at least 12 characters long'],
      [COMMON_PASSWORD, 'This is one of the most common passwords. Choose one that is harder to guess'],
      [COMMON_PASSWORD.toUpperCase(), 'This is one of the most common passwords. Choose one that is harder to guess'],
      [email, 'Your password must not be your email address'],
    ];
    for (const [password, message] of cases) {
      const response = await visitor.submit('/register', '/register', { name: 'Weak Password', email, password, password_confirm: password });
      assertFieldRefused(response, 'password', message, `register with ${JSON.stringify(password)}`);
      assert.match(response.text, /<input[^>]*id="name"[^>]*value="Weak Password"/, 'the name is kept');
    }
    assert.equal(await apiSignInStatus(server.url, email, 'Elevenchars'), 401, 'no account was made');

    const { email: own, password } = await registerAndConfirm('Rule Person');
    const client = new FormClient(server.url);
    await client.signIn(own, password);
    for (const [weak, message] of cases.slice(0, 2)) {
      const response = await client.submit('/account/password', '/account/password', {
        current_password: password, new_password: weak, new_password_confirm: weak,
      });
      assertFieldRefused(response, 'new_password', message, `change to ${JSON.stringify(weak)}`);
    }
    assert.equal(await apiSignInStatus(server.url, own, password), 201);
  });

  test('an expired or unknown session cookie sends pages to sign in and gets 401 from the API', async () => {
    const garbage = { cookie: 'alongside_session=this-is-not-a-session' };
    for (const headers of [garbage, { cookie: `alongside_session=${'A'.repeat(43)}` }]) {
      const page = await fetch(`${server.url}/account`, { headers, redirect: 'manual' });
      await page.arrayBuffer();
      assert.equal(page.status, 303, headers.cookie);
      assert.equal(page.headers.get('location'), '/login?reason=expired&next=%2Faccount');
      const cleared = setCookies(page.headers).find((line) => line.startsWith('alongside_session='));
      assert.ok(cleared && /max-age=0/i.test(cleared), `the stale cookie is cleared: ${cleared}`);
      assertProblem401(await apiMe(server.url, headers), `API with ${headers.cookie}`);
    }

    // A real session left idle past the 30-minute limit.
    const { email, password } = await registerAndConfirm('Idle Person');
    const client = new FormClient(server.url);
    await client.signIn(email, password);
    assert.equal((await client.get('/account')).status, 200);
    const cookie = { cookie: client.cookieHeader() };
    assert.ok(server.databaseUrl.startsWith('sqlite:'));
    execFileSync('sqlite3', ['-cmd', '.timeout 5000', server.databaseUrl.slice('sqlite:'.length),
      `UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60 * 1000
         WHERE user_id = (SELECT id FROM users WHERE email = '${email}')`]);
    const page = await client.get('/account');
    assert.equal(page.status, 303);
    assert.equal(page.location, '/login?reason=expired&next=%2Faccount');
    const login = await client.get(page.location);
    assert.match(login.text, /signed out because you were inactive/);
    assertProblem401(await apiMe(server.url, cookie), 'API with an idle session');
  });

  test('an API token made on the account page works as a bearer token until it is revoked', async () => {
    const client = new FormClient(server.url);
    await client.signIn(DEMO.practitioner);

    const empty = await client.submit('/account', '/account/tokens', { label: '  ' });
    assertFieldRefused(empty, 'label', 'Enter a name for the token, so you can recognise it later', 'token without a name');

    const created = await client.submit('/account', '/account/tokens', { label: 'Reporting system' });
    assert.equal(created.status, 200, textOf(created.text).slice(0, 400));
    assert.match(created.text, /Token created\./);
    const token = /<code class="app-token">([A-Za-z0-9_-]+)<\/code>/.exec(created.text)?.[1];
    assert.ok(token, 'the new token is shown once');
    const again = await client.get('/account');
    assert.ok(!again.text.includes(token), 'and never again');
    assert.match(again.text, /Reporting system/);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await apiMe(server.url, bearer);
    assert.equal(me.response.status, 200, me.text);
    assert.equal(JSON.parse(me.text).email, DEMO.practitioner);

    // Someone else cannot revoke it.
    const revokeAction = /<form action="(\/account\/tokens\/[^"/]+\/revoke)"/.exec(again.text)?.[1];
    assert.ok(revokeAction, 'the token has a revoke button');
    const other = new FormClient(server.url);
    await other.signIn(DEMO.commissioner);
    const stolen = await other.submit('/account', revokeAction, {});
    assert.equal(stolen.status, 404);
    assert.equal((await apiMe(server.url, bearer)).response.status, 200);

    const revoked = await client.submit('/account', revokeAction, {});
    assert.equal(revoked.status, 303);
    assert.equal(revoked.location, '/account?done=revoked');
    const afterRevoke = await client.get(revoked.location);
    assert.match(afterRevoke.text, /The token has been revoked\./);
    assert.doesNotMatch(afterRevoke.text, /Reporting system/);
    assertProblem401(await apiMe(server.url, bearer), 'a revoked token');
    assert.equal((await client.get('/account')).status, 200, 'revoking a token does not sign the browser out');
  });
});
