// Tasks over HTTP: each role on a family's task pages and API, the worker's own list, the
// programme's schedule, and the refusals a person would otherwise notice (a practitioner
// of another organisation, a parent changing tasks, a supporter changing the schedule).
// The family is put straight into the SQLite database with the sqlite3 command line.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { BIN, DEMO, FormClient, ROOT, signIn, startServer } from '../support/server.mjs';

function runSql(server, statement) {
  const file = server.databaseUrl.slice('sqlite:'.length);
  return execFileSync('sqlite3', ['-cmd', '.timeout 5000', file, statement], { encoding: 'utf8' }).trim();
}

/** A family of the demo programme held by the demo supporter, its caregiver linked to the demo parent. */
function addFamily(server, name) {
  const id = randomUUID();
  const now = Date.now();
  runSql(server, `
    INSERT INTO families (id, organisation_id, area_id, supporter_user_id, support_consent, display_name, created_at, updated_at)
      SELECT '${id}', o.id, o.area_id, (SELECT id FROM users WHERE email = '${DEMO.supporter}'), 1, '${name}', ${now}, ${now}
      FROM organisations o WHERE o.name = 'Riverside Community Parents (demo)';
    INSERT INTO caregivers (id, family_id, name, linked_user_id, created_at)
      VALUES ('${randomUUID()}', '${id}', '${name}', (SELECT id FROM users WHERE email = '${DEMO.parent}'), ${now});`);
  return id;
}

async function api(server, token, method, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), json: text ? JSON.parse(text) : null };
}

describe('tasks over HTTP', () => {
  let server;
  let family;
  const tokens = {};

  before(async () => {
    server = await startServer();
    family = addFamily(server, 'Tess Tasks');
    for (const role of ['supporter', 'coordinator', 'parent', 'practitioner', 'commissioner', 'admin', 'member'])
      tokens[role] = await signIn(server.url, DEMO[role]);
  });
  after(async () => server?.stop());

  test('the supporter adds, lists and completes a task through the API', async () => {
    const created = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/tasks`,
      { title: 'Bring the baby book', due_date: '2020-01-02', shared_with_family: true });
    assert.equal(created.status, 422, 'a date years ago is refused');
    assert.match(created.type, /application\/problem\+json/);

    const today = new Date().toISOString().slice(0, 10);
    const added = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/tasks`,
      { title: 'Bring the baby book', due_date: today, shared_with_family: true });
    assert.equal(added.status, 201);
    assert.equal(added.json.kind, 'manual');
    assert.equal(added.json.assigned_to.name, 'Sam Supporter');
    const next = runSql(server, `SELECT next_task_title FROM families WHERE id = '${family}'`);
    assert.equal(next, 'Bring the baby book', 'the caseload shows the new next task');

    const mine = await api(server, tokens.supporter, 'GET', '/api/v1/tasks');
    assert.equal(mine.status, 200);
    assert.ok(mine.json.items.some((t) => t.id === added.json.id && t.family_name === 'Tess Tasks'));

    const parentView = await api(server, tokens.parent, 'GET', `/api/v1/families/${family}/tasks`);
    assert.equal(parentView.status, 200);
    assert.deepEqual(parentView.json.items.map((t) => t.title), ['Bring the baby book']);
    assert.equal(parentView.json.items[0].assigned_to, undefined, 'a family member is not told who holds it');

    const refusedByParent = await api(server, tokens.parent, 'PATCH', `/api/v1/families/${family}/tasks/${added.json.id}`,
      { status: 'done' });
    assert.equal(refusedByParent.status, 403);

    const done = await api(server, tokens.supporter, 'PATCH', `/api/v1/families/${family}/tasks/${added.json.id}`,
      { status: 'done' });
    assert.equal(done.status, 200);
    assert.equal(done.json.status, 'done');
    const again = await api(server, tokens.supporter, 'PATCH', `/api/v1/families/${family}/tasks/${added.json.id}`,
      { status: 'done' });
    assert.equal(again.status, 409);
  });

  test('people who do not reach the family are refused its tasks, on the API and the pages', async () => {
    for (const role of ['practitioner', 'commissioner', 'admin', 'member']) {
      const list = await api(server, tokens[role], 'GET', `/api/v1/families/${family}/tasks`);
      assert.equal(list.status, 403, `${role}: GET tasks`);
      const add = await api(server, tokens[role], 'POST', `/api/v1/families/${family}/tasks`,
        { title: 'x', due_date: '2030-01-01' });
      assert.equal(add.status, 403, `${role}: POST task`);
      const client = new FormClient(server.url);
      await client.signIn(DEMO[role]);
      assert.equal((await client.get(`/families/${family}/tasks`)).status, 403, `${role}: the tasks page`);
    }
    for (const role of ['parent', 'commissioner', 'admin', 'member'])
      assert.equal((await api(server, tokens[role], 'GET', '/api/v1/tasks')).status, 403, `${role}: GET /api/v1/tasks`);
    const unknown = await api(server, tokens.supporter, 'GET', `/api/v1/families/${randomUUID()}/tasks`);
    assert.equal(unknown.status, 404);
    const signedOut = await fetch(`${server.url}/api/v1/tasks`, { headers: { accept: 'application/json' } });
    assert.equal(signedOut.status, 401);
  });

  test('the pages: the supporter sees the family\'s tasks, the parent only what is shared', async () => {
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const page = await supporter.get(`/families/${family}/tasks`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Add a task/);
    assert.equal((await supporter.get('/tasks')).status, 200);

    const parent = new FormClient(server.url);
    await parent.signIn(DEMO.parent);
    const shared = await parent.get(`/families/${family}/tasks`);
    assert.equal(shared.status, 200);
    assert.doesNotMatch(shared.text, /Add a task/);
    assert.doesNotMatch(shared.text, /Next contact due/, 'the schedule\'s reminders are for workers');
    assert.equal((await parent.get('/tasks')).status, 403);
    assert.equal((await parent.get('/programme/schedule')).status, 403);
  });

  test('only the programme\'s coordinator changes the schedule; bad input is reported per field', async () => {
    const read = await api(server, tokens.supporter, 'GET', '/api/v1/programme/schedule');
    assert.equal(read.status, 200);
    assert.equal(read.json.contact_interval_days, 14);
    assert.equal(read.json.may_change, false);
    const bySupporter = await api(server, tokens.supporter, 'PUT', '/api/v1/programme/schedule',
      { contact_interval_days: 7, first_contact_week: 20, after_birth_days: 7, plan_review_weeks: 12 });
    assert.equal(bySupporter.status, 403);
    for (const role of ['practitioner', 'parent', 'admin'])
      assert.equal((await api(server, tokens[role], 'GET', '/api/v1/programme/schedule')).status, 403, role);

    const bad = await api(server, tokens.coordinator, 'PUT', '/api/v1/programme/schedule',
      { contact_interval_days: 0, first_contact_week: 'soon', after_birth_days: 7, plan_review_weeks: 12 });
    assert.equal(bad.status, 422);
    const fields = JSON.stringify(bad.json);
    assert.match(fields, /contact_interval_days/);
    assert.match(fields, /first_contact_week/);

    const good = await api(server, tokens.coordinator, 'PUT', '/api/v1/programme/schedule',
      { contact_interval_days: 10, first_contact_week: 18, after_birth_days: 5, plan_review_weeks: 8 });
    assert.equal(good.status, 200);
    assert.equal(good.json.contact_interval_days, 10);
    const due = runSql(server, `SELECT due_date FROM tasks WHERE family_id = '${family}' AND kind = 'next_contact' AND status = 'open'`);
    const expected = new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10);
    assert.ok(due === expected || due < expected, `next contact moved to ten days after the family was recorded (${due})`);
  });
});

describe('alongside send-digests', () => {
  test('queues one digest per person per day and says so', async () => {
    const server = await startServer();
    try {
      const family = addFamily(server, 'Dora Digest');
      const supporter = runSql(server, `SELECT id FROM users WHERE email = '${DEMO.supporter}'`);
      runSql(server, `INSERT INTO tasks (id, family_id, kind, title, due_date, assigned_user_id, created_at, updated_at)
        VALUES ('${randomUUID()}', '${family}', 'manual', 'Ring about the appointment', '2020-01-01', '${supporter}', 1, 1)`);
      const run = (args) => execFileSync(BIN, args, { encoding: 'utf8', cwd: ROOT });
      // The server itself may already have run today's job when it started after 07:00.
      const first = run(['send-digests', '--database', server.databaseUrl]);
      assert.match(first, /^Refreshed the reminders of \d+ open families; queued \d+ digest emails$/m);
      const second = run(['send-digests', '--database', server.databaseUrl]);
      assert.match(second, /queued 0 digest emails/);
      const perPerson = runSql(server, `SELECT to_address || ' ' || COUNT(*) FROM outbox
        WHERE subject LIKE 'Your tasks for %' GROUP BY to_address ORDER BY to_address`).split('\n');
      assert.ok(perPerson.includes(`${DEMO.supporter} 1`), `one digest for the supporter: ${perPerson}`);
      assert.ok(perPerson.every((line) => line.endsWith(' 1')), `never two in a day: ${perPerson}`);
      const body = runSql(server, `SELECT body FROM outbox WHERE to_address = '${DEMO.supporter}' AND subject LIKE 'Your tasks%'`);
      assert.match(body, /\/tasks/);
      assert.doesNotMatch(body, /Ring about the appointment/, 'what a task is about never leaves in an email');
    } finally {
      await server.stop();
    }
  });
});
