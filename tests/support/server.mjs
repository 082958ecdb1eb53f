// Starts the real `alongside` binary for a test and gives small helpers to talk to it.
//
// Every server gets a fresh temporary directory and database, listens on a free loopback
// port, and is killed when the test process exits for any reason, so no test leaves a
// server behind.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_PASSWORD = 'Alongside-demo-2026';
export const DEMO = {
  admin: 'admin@demo.alongside.test',
  coordinator: 'coordinator@demo.alongside.test',
  supporter: 'supporter@demo.alongside.test',
  parent: 'parent@demo.alongside.test',
  practitioner: 'practitioner@demo.alongside.test',
  commissioner: 'commissioner@demo.alongside.test',
  member: 'member@demo.alongside.test',
};

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = process.env.ALONGSIDE_ROOT ?? path.resolve(here, '..', '..');
export const BIN = process.env.ALONGSIDE_BIN ?? path.join(ROOT, 'build', 'alongside');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const OUTPUT_LIMIT = 64 * 1024;

// ---------------------------------------------------------------------------------------
// Never leave a process behind: whatever still runs when this process exits is killed.
const running = new Set();
const serverCleanups = new Set(); // temporary directories and databases of live servers
const exitCleanups = [];
process.on('exit', () => {
  for (const child of running) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
  for (const cleanup of [...serverCleanups]) cleanup();
  for (const cleanup of exitCleanups.splice(0)) {
    try { cleanup(); } catch { /* best effort */ }
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => process.exit(128 + os.constants.signals[signal]));
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function tail(text) {
  return text.length > OUTPUT_LIMIT ? text.slice(-OUTPUT_LIMIT) : text;
}

function runBinary(args, { input } = {}) {
  try {
    return execFileSync(BIN, args, {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(
      `alongside ${args.join(' ')} failed (${error.status ?? error.signal ?? error.code}):\n` +
        `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  }
}

// ---------------------------------------------------------------------------------------
// PostgreSQL: the test command starts one server (scripts/postgres-test-server.sh) and
// writes its URL to ALONGSIDE_PG_URL_FILE; each test server gets its own fresh database.

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function postgresUnavailableReason() {
  const file = process.env.ALONGSIDE_PG_URL_FILE;
  if (file && existsSync(file)) return null;
  if (existsSync(path.join(ROOT, 'scripts', 'postgres-test-server.sh'))) return null;
  return `no PostgreSQL test server (ALONGSIDE_PG_URL_FILE=${file ?? '(unset)'} is missing)`;
}

/**
 * Options for a PostgreSQL suite: skipped with a reason on a developer machine without
 * PostgreSQL, but never skipped under CI, where a missing server must fail the run.
 */
export function postgresSuiteOptions() {
  const reason = postgresUnavailableReason();
  return { skip: reason && !process.env.CI ? reason : false };
}

function withDatabaseName(url, name) {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    parsed.pathname = `/${name}`;
    return parsed.toString();
  }
  // Keyword/value form: host=... port=... dbname=...
  return /\bdbname=\S+/.test(url) ? url.replace(/\bdbname=\S+/, `dbname=${name}`) : `${url} dbname=${name}`;
}

function psql(url, sql) {
  execFileSync('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
}

function readUrlFile(file) {
  return readFileSync(file, 'utf8').trim();
}

let privatePostgres = null;

/**
 * The URL of a running PostgreSQL server: the shared one from ALONGSIDE_PG_URL_FILE when
 * it answers, otherwise one started for this test process alone (the shared server may
 * not be up when ctest orders tests differently) and stopped when the process exits.
 */
function postgresServerUrl() {
  const file = process.env.ALONGSIDE_PG_URL_FILE;
  let sharedError = null;
  if (file && existsSync(file)) {
    const url = readUrlFile(file);
    try {
      psql(url, 'SELECT 1');
      return url;
    } catch (error) {
      sharedError = `${error.stderr ?? error.message}`;
    }
  }
  if (privatePostgres) return privatePostgres.url;
  const script = path.join(ROOT, 'scripts', 'postgres-test-server.sh');
  if (!existsSync(script)) {
    throw new Error(
      `PostgreSQL is required but not available: ${postgresUnavailableReason() ?? sharedError}`,
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alongside-pg-'));
  const urlFile = path.join(dir, 'url');
  const pgDir = path.join(dir, 'server');
  try {
    execFileSync(script, ['start', pgDir, urlFile], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a PostgreSQL test server:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  privatePostgres = { url: readUrlFile(urlFile), dir };
  exitCleanups.push(() => {
    execFileSync(script, ['stop', pgDir, urlFile], { stdio: 'ignore', timeout: 60_000 });
    rmSync(dir, { recursive: true, force: true });
  });
  return privatePostgres.url;
}

function createPostgresDatabase() {
  const serverUrl = postgresServerUrl();
  const name = `alongside_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  psql(serverUrl, `CREATE DATABASE ${name}`);
  return {
    url: withDatabaseName(serverUrl, name),
    drop: () => {
      try { psql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } catch { /* best effort */ }
    },
  };
}

// ---------------------------------------------------------------------------------------

async function waitUntilHealthy(url, child) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return { exited: true, reason: `exited with ${child.exitCode ?? child.signalCode}` };
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return { ok: true };
      lastError = `GET /healthz answered ${response.status}`;
    } catch (error) {
      lastError = error.cause?.code ?? error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { exited: false, reason: `no healthy answer within ${START_TIMEOUT_MS / 1000} s (${lastError})` };
}

/**
 * Starts `alongside serve` on a fresh database, or on `shareDatabaseOf`'s database when
 * given (a second process of the same site; the first server owns and removes the database).
 * @param {{database?: 'sqlite'|'postgresql', seed?: boolean, env?: object, shareDatabaseOf?: object}} options
 * @returns {Promise<{url: string, port: number, databaseUrl: string, output: () => string,
 *   stop: () => Promise<{code: number|null, signal: string|null}>}>}
 */
export async function startServer({ database = 'sqlite', seed = true, env = {}, shareDatabaseOf = null } = {}) {
  if (!existsSync(BIN)) throw new Error(`the alongside binary is missing: ${BIN} (run make build)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alongside-test-'));
  let databaseUrl;
  let dropDatabase = () => {};
  if (shareDatabaseOf) {
    databaseUrl = shareDatabaseOf.databaseUrl;
    seed = false;
  } else if (database === 'postgresql') {
    const created = createPostgresDatabase();
    databaseUrl = created.url;
    dropDatabase = created.drop;
  } else {
    databaseUrl = `sqlite:${path.join(dir, 'test.db')}`;
  }
  const cleanupFiles = () => {
    if (!serverCleanups.delete(cleanupFiles)) return;
    dropDatabase();
    try { rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ }
  };
  serverCleanups.add(cleanupFiles);

  try {
    if (seed) runBinary(['seed-demo', '--database', databaseUrl]);
  } catch (error) {
    cleanupFiles();
    throw error;
  }

  // The port is free when chosen but another process could take it before the server
  // binds it, so try again with a new port when the server exits early.
  let lastFailure = '';
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let output = '';
    const child = spawn(BIN, ['serve', '--listen', `127.0.0.1:${port}`, '--database', databaseUrl], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(child);
        resolve({ code, signal });
      });
    });
    child.once('error', (error) => { output += `\n[spawn error] ${error.message}\n`; });
    child.stdout.setEncoding('utf8').on('data', (chunk) => { output = tail(output + chunk); });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { output = tail(output + chunk); });

    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        const result = await exited;
        clearTimeout(timer);
        cleanupFiles();
        return result;
      }
      const result = await exited;
      cleanupFiles();
      return result;
    };

    const health = await waitUntilHealthy(url, child);
    if (health.ok) {
      return { url, port, databaseUrl, output: () => output, stop };
    }
    if (!health.exited) {
      child.kill('SIGKILL');
      await exited;
      cleanupFiles();
      throw new Error(`alongside serve did not become healthy at ${url}: ${health.reason}\n--- server output ---\n${output}`);
    }
    await exited;
    lastFailure = `alongside serve ${health.reason} (attempt ${attempt}, port ${port})\n--- server output ---\n${output}`;
  }
  cleanupFiles();
  throw new Error(lastFailure);
}

// ---------------------------------------------------------------------------------------
// Talking to the server.

/** Signs in through the API and returns the session token. */
export async function signIn(url, email, password = DEMO_PASSWORD) {
  const response = await fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 201) {
    throw new Error(`sign-in as ${email} answered ${response.status}: ${text}`);
  }
  const { token } = JSON.parse(text);
  if (typeof token !== 'string' || token.length === 0) throw new Error(`sign-in gave no token: ${text}`);
  return token;
}

/**
 * Sends raw bytes over a new TCP connection and returns everything the server sent back
 * (as latin1 text, so any byte survives). Large payloads go in chunks, and sending stops
 * as soon as the server starts answering, as a real client would when refused early.
 */
export function rawRequest(port, bytes, { timeoutMs = 10_000, idleMs = 1_000, chunkSize = 16 * 1024 } = {}) {
  const payload = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1');
  return new Promise((resolve, reject) => {
    const chunks = [];
    let answered = false;
    let settled = false;
    const socket = net.connect({ host: '127.0.0.1', port });
    const finish = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(idle);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      if (text.length > 0 || !error) resolve(text);
      else reject(error);
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    // A server that keeps the connection open after answering: stop once it goes quiet.
    let idle = null;
    socket.on('data', (chunk) => {
      answered = true;
      chunks.push(chunk);
      clearTimeout(idle);
      idle = setTimeout(() => finish(), idleMs);
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    // A server that refuses early may reset the connection while we still write.
    socket.on('error', (error) => finish(error));
    socket.on('connect', async () => {
      for (let offset = 0; offset < payload.length && !answered && !settled; offset += chunkSize) {
        const flushed = socket.write(payload.subarray(offset, offset + chunkSize));
        if (!flushed) await new Promise((r) => socket.once('drain', r).once('close', r));
      }
    });
  });
}

/** The status code of a raw HTTP response text, or NaN. */
export function rawStatus(text) {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  return match ? Number(match[1]) : NaN;
}

/** The value of the hidden csrf_token input in a page, or throws. */
export function csrfTokenFrom(html) {
  for (const [tag] of html.matchAll(/<input\b[^>]*>/gi)) {
    if (/\bname\s*=\s*["']?csrf_token["'\s>]/i.test(tag)) {
      const value = /\bvalue\s*=\s*"([^"]*)"|\bvalue\s*=\s*'([^']*)'/i.exec(tag);
      if (value) return value[1] ?? value[2];
    }
  }
  throw new Error('no csrf_token input found in the page');
}

/** Every Set-Cookie header of a response, one string each. */
export function setCookies(headers) {
  if (typeof headers.getSetCookie === 'function') return headers.getSetCookie();
  // Older fetch joins them with ", "; split only where a new name=value pair starts.
  const joined = headers.get('set-cookie');
  return joined ? joined.split(/,\s*(?=[^;,=\s]+=)/) : [];
}

/**
 * A minimal browser-like client for form flows: keeps cookies, never follows redirects,
 * and posts url-encoded forms.
 */
export class FormClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  remember(response) {
    for (const line of setCookies(response.headers)) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(method, pathname, { body, headers = {} } = {}) {
    const response = await fetch(new URL(pathname, this.baseUrl), {
      method,
      redirect: 'manual',
      headers: { ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}), ...headers },
      body,
    });
    this.remember(response);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, location: response.headers.get('location') };
  }

  get(pathname) {
    return this.request('GET', pathname);
  }

  /** Posts fields (an object or [name, value] pairs) as application/x-www-form-urlencoded. */
  post(pathname, fields) {
    return this.request('POST', pathname, {
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Loads a page, then posts its form with the page's csrf_token added to the fields. */
  async submit(pagePath, actionPath, fields) {
    const page = await this.get(pagePath);
    if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`);
    return this.post(actionPath, { csrf_token: csrfTokenFrom(page.text), ...fields });
  }

  /** Signs in through the /login form; returns the final response of the POST. */
  async signIn(email, password = DEMO_PASSWORD) {
    const response = await this.submit('/login', '/login', { email, password });
    if (response.status !== 303) throw new Error(`POST /login as ${email} answered ${response.status}`);
    return response;
  }
}
