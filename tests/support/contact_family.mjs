// Puts a family of the demo programme straight into a test server's database, so contact,
// hours and timeline tests do not depend on the family record pages.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DEMO } from './server.mjs';

/** Runs SQL on the database of a server started by startServer (its databaseUrl). */
export function runSql(databaseUrl, sql) {
  if (databaseUrl.startsWith('sqlite:')) execFileSync('sqlite3', [databaseUrl.slice('sqlite:'.length), sql]);
  else execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql]);
}

/**
 * A family of "Riverside Community Parents (demo)" assigned to the demo supporter, agreeing
 * to support unless `consent` is false, with one caregiver (named `name`) linked to the demo
 * parent's account. Returns {familyId, caregiverId}.
 */
export function addDemoFamily(databaseUrl, { name = 'Test Family', consent = true } = {}) {
  const familyId = randomUUID();
  const caregiverId = randomUUID();
  const now = Date.now();
  runSql(databaseUrl, `
    INSERT INTO families (id, organisation_id, area_id, supporter_user_id, support_consent, display_name, created_by, created_at, updated_at)
      SELECT '${familyId}', o.id, o.area_id, (SELECT id FROM users WHERE email = '${DEMO.supporter}'), ${consent ? 1 : 0},
             '${name}', '', ${now}, ${now}
      FROM organisations o WHERE o.name = 'Riverside Community Parents (demo)';
    INSERT INTO caregivers (id, family_id, name, linked_user_id, created_at)
      SELECT '${caregiverId}', '${familyId}', '${name}', id, ${now} FROM users WHERE email = '${DEMO.parent}';`);
  return { familyId, caregiverId };
}
