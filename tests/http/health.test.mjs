// Health and metrics: what a load balancer and a monitoring system rely on.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';

describe('health and metrics', () => {
  let server;
  before(async () => { server = await startServer({ seed: true }); });
  after(async () => { await server?.stop(); });

  test('GET /healthz reports ok, the database kind and the schema version', async () => {
    const response = await fetch(`${server.url}/healthz`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const body = await response.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.database, 'sqlite');
    assert.ok(Number.isInteger(body.schema_version) && body.schema_version >= 1,
      `schema_version should be a positive integer, got ${JSON.stringify(body.schema_version)}`);
  });

  test('GET /metrics is Prometheus text that counts HTTP requests', async () => {
    await (await fetch(`${server.url}/healthz`)).arrayBuffer();
    const response = await fetch(`${server.url}/metrics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
    const text = await response.text();
    const samples = [...text.matchAll(/^alongside_http_requests_total(?:\{[^}]*\})? (\d+(?:\.\d+)?(?:e\+?\d+)?)$/gm)];
    assert.ok(samples.length > 0, `no alongside_http_requests_total sample in:\n${text.slice(0, 2000)}`);
    const total = samples.reduce((sum, [, value]) => sum + Number(value), 0);
    assert.ok(total >= 1, `the request counter should have counted the /healthz request, got ${total}`);
  });

  test('the server stops cleanly on SIGTERM', async () => {
    const own = await startServer({ seed: false });
    const result = await own.stop();
    assert.notEqual(result.signal, 'SIGKILL', `the server had to be killed:\n${own.output()}`);
    assert.equal(result.code, 0, `exit code ${result.code} after SIGTERM:\n${own.output()}`);
  });
});
