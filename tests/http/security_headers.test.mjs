// Security headers on every kind of response, and no caching of personal data.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, signIn, startServer } from '../support/server.mjs';

/** Content-Security-Policy as a map of directive -> list of sources. */
function parseCsp(header) {
  const directives = new Map();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function assertSecurityHeaders(headers, what) {
  const csp = headers.get('content-security-policy');
  assert.ok(csp, `${what}: no Content-Security-Policy`);
  const directives = parseCsp(csp);
  const scriptSources = directives.get('script-src-elem') ?? directives.get('script-src') ?? directives.get('default-src');
  assert.ok(scriptSources, `${what}: the CSP neither sets script-src nor default-src: ${csp}`);
  for (const directive of ['script-src', 'script-src-elem', 'default-src']) {
    const sources = directives.get(directive) ?? [];
    const allowsInline = sources.includes("'unsafe-inline'") &&
      !sources.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha256-") || s === "'strict-dynamic'");
    assert.ok(!allowsInline, `${what}: ${directive} allows inline scripts: ${csp}`);
  }
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"], `${what}: frame-ancestors should be 'none': ${csp}`);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.ok(headers.get('referrer-policy'), `${what}: no Referrer-Policy`);
  assert.ok(headers.get('x-request-id'), `${what}: no X-Request-Id`);
}

describe('security headers', () => {
  let server;
  before(async () => { server = await startServer({ seed: true }); });
  after(async () => { await server?.stop(); });

  test('every kind of response carries the security headers', async () => {
    const token = await signIn(server.url, DEMO.coordinator);
    const requests = [
      ['GET /login', '/login', {}],
      ['GET /healthz', '/healthz', {}],
      ['GET /api/v1/me without a session (401)', '/api/v1/me', {}],
      ['GET /api/v1/me', '/api/v1/me', { headers: { authorization: `Bearer ${token}` } }],
      ['GET a page that does not exist (404)', '/no-such-page', {}],
      ['GET / signed out (redirect)', '/', { redirect: 'manual' }],
    ];
    for (const [what, path, options] of requests) {
      const response = await fetch(`${server.url}${path}`, options);
      await response.arrayBuffer();
      assertSecurityHeaders(response.headers, what);
    }
  });

  test('each response has its own request id', async () => {
    const ids = new Set();
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${server.url}/healthz`);
      await response.arrayBuffer();
      ids.add(response.headers.get('x-request-id'));
    }
    assert.equal(ids.size, 3, `request ids repeat: ${[...ids].join(', ')}`);
  });

  test('the signed-in home page is never cached', async () => {
    const client = new FormClient(server.url);
    await client.signIn(DEMO.coordinator);
    const home = await client.get('/');
    assert.equal(home.status, 200);
    assertSecurityHeaders(home.headers, 'GET / signed in');
    assert.match(home.headers.get('cache-control') ?? '', /\bno-store\b/, 'pages with personal data must not be stored');
  });
});
