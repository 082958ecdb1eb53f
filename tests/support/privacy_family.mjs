// A family of the demo programme put straight into a test server's database with the
// sqlite3 or psql command line, for the tests of consent, sensitive notes and linked parent accounts
// (they need a family, not the pages that record one).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DEMO } from './server.mjs';

export const PROGRAMME = 'Riverside Community Parents (demo)';

/** Runs SQL on the server's database (SQLite or PostgreSQL) and returns what it printed, trimmed. */
export function sql(server, statement) {
  if (server.databaseUrl.startsWith('sqlite:')) {
    return execFileSync('sqlite3', ['-cmd', '.timeout 5000', server.databaseUrl.slice('sqlite:'.length), statement], {
      encoding: 'utf8',
    }).trim();
  }
  return execFileSync('psql', [server.databaseUrl, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', statement], {
    encoding: 'utf8',
  }).trim();
}

/** A single-quoted SQL literal. */
export function quote(text) {
  return `'${String(text).replace(/'/g, "''")}'`;
}

export function userId(server, email) {
  return sql(server, `SELECT id FROM users WHERE email = ${quote(email)}`);
}

/**
 * A family supported by the demo supporter and agreeing to support, with caregivers named
 * `names` (none linked to an account). Returns { family, caregivers: [ids in order] }.
 */
export function putFamily(server, displayName, names) {
  const family = randomUUID();
  const caregivers = names.map(() => randomUUID());
  const now = Date.now();
  const people = names.map((name, i) =>
    `INSERT INTO caregivers (id, family_id, name, created_at) VALUES (${quote(caregivers[i])}, ${quote(family)}, ${quote(name)}, ${now + i});`);
  sql(server, `
    INSERT INTO families (id, organisation_id, area_id, supporter_user_id, support_consent, display_name, created_at, updated_at)
      SELECT ${quote(family)}, o.id, o.area_id, (SELECT id FROM users WHERE email = ${quote(DEMO.supporter)}), 1,
             ${quote(displayName)}, ${now}, ${now}
      FROM organisations o WHERE o.name = ${quote(PROGRAMME)};
    ${people.join('\n')}
    INSERT INTO consent_records (id, family_id, kind, decision, method, decided_at, recorded_at, recorded_by)
      VALUES (${quote(randomUUID())}, ${quote(family)}, 'support', 'given', 'in_person', ${now}, ${now},
              (SELECT id FROM users WHERE email = ${quote(DEMO.coordinator)}));`);
  return { family, caregivers };
}

/** A JSON API call with a bearer token: { status, type, text, json }. */
export async function api(server, token, method, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json',
      ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text,
    json: text.startsWith('{') ? JSON.parse(text) : null };
}
