// Malformed and oversized requests: refused with the right status, and the server stays up.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FormClient, csrfTokenFrom, rawRequest, rawStatus, startServer } from '../support/server.mjs';

describe('malformed requests', () => {
  let server;
  before(async () => { server = await startServer({ seed: true }); });
  after(async () => { await server?.stop(); });

  async function assertStillUp() {
    const response = await fetch(`${server.url}/healthz`);
    await response.arrayBuffer();
    assert.equal(response.status, 200, `the server should still answer after a bad request:\n${server.output()}`);
  }

  test('garbage bytes get 400 and the server keeps serving', async () => {
    const text = await rawRequest(server.port, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x47, 0x0d, 0x0a, 0x0d, 0x0a]));
    assert.equal(rawStatus(text), 400, `response was: ${JSON.stringify(text.slice(0, 300))}`);
    const words = await rawRequest(server.port, 'THIS IS NOT HTTP AT ALL\r\n\r\n');
    assert.equal(rawStatus(words), 400, `response was: ${JSON.stringify(words.slice(0, 300))}`);
    await assertStillUp();
  });

  test('a request line with a bad target gets 400', async () => {
    for (const target of ['no-leading-slash', '/%zz', '/login%']) {
      const text = await rawRequest(server.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      assert.equal(rawStatus(text), 400, `GET ${target}: ${JSON.stringify(text.slice(0, 300))}`);
    }
    await assertStillUp();
  });

  test('headers over 16 KiB get 431', async () => {
    const padding = 'a'.repeat(17 * 1024);
    const text = await rawRequest(server.port,
      `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${padding}\r\nConnection: close\r\n\r\n`);
    assert.equal(rawStatus(text), 431, `response was: ${JSON.stringify(text.slice(0, 300))}`);
    await assertStillUp();
  });

  test('a body over 1 MiB gets 413', async () => {
    const size = 1024 * 1024 + 1;
    const head = `POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${size}\r\nConnection: close\r\n\r\n`;
    const text = await rawRequest(server.port, Buffer.concat([Buffer.from(head, 'latin1'), Buffer.alloc(size, 0x20)]));
    assert.equal(rawStatus(text), 413, `response was: ${JSON.stringify(text.slice(0, 300))}`);
    await assertStillUp();
  });

  test('invalid UTF-8 in a form body gets 400', async () => {
    const client = new FormClient(server.url);
    const page = await client.get('/login');
    assert.equal(page.status, 200);
    const csrf = encodeURIComponent(csrfTokenFrom(page.text));
    const bodies = [
      // Percent-encoded bytes that are not UTF-8 once decoded.
      Buffer.from(`csrf_token=${csrf}&email=%C3%28%FF%40example.com&password=x`, 'latin1'),
      // Raw bytes that are not UTF-8.
      Buffer.concat([
        Buffer.from(`csrf_token=${csrf}&email=`, 'latin1'),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('&password=x', 'latin1'),
      ]),
    ];
    for (const body of bodies) {
      const response = await client.request('POST', '/login', {
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(response.status, 400, `body ${body.toString('latin1')}: ${response.text.slice(0, 300)}`);
    }
    await assertStillUp();
  });
});
