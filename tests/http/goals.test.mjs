// Goals, care plans and the parent's own view over HTTP: a goal with steps, progress by the
// supporter and by the linked parent, achieving it; a care plan saved twice; bad input kept
// with messages at the fields; and every refusal (other roles, other organisations, the
// parent editing, a parent of another family, no sign-in), each audited. The families are
// put into the SQLite database with the sqlite3 command line (tests/support/privacy_family.mjs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, signIn, startServer } from '../support/server.mjs';
import { putFamily, quote, sql, userId } from '../support/privacy_family.mjs';

async function api(server, token, method, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), accept: 'application/json',
      ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text,
    json: text.startsWith('{') ? JSON.parse(text) : null };
}

function refusals(server, familyId) {
  return Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND record_id = ${quote(familyId)}`));
}

describe('goals, care plans and the parent view (SQLite)', () => {
  let server;
  let family;
  let otherFamily;
  const tokens = {};
  let goalId;

  before(async () => {
    server = await startServer();
    family = putFamily(server, 'Amira Goals', ['Amira Goals']).family;
    otherFamily = putFamily(server, 'Other Family', ['Olive Other']).family;
    sql(server, `UPDATE caregivers SET linked_user_id = ${quote(userId(server, DEMO.parent))} WHERE family_id = ${quote(family)}`);
    for (const [who, email] of Object.entries(DEMO)) tokens[who] = await signIn(server.url, email);
  });
  after(async () => { await server?.stop(); });

  test('the supporter sets a goal with steps through the API', async () => {
    const created = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/goals`,
      { text: 'I want to feel confident bathing the twins', area: 'bonding_with_baby', steps: ['Watch Sam', 'Bath one twin'] });
    assert.equal(created.status, 201, created.text);
    goalId = created.json.id;
    assert.equal(created.json.steps.length, 2);
    assert.equal(created.json.status, 'active');
    const read = await api(server, tokens.supporter, 'GET', `/api/v1/families/${family}/goals/${goalId}`);
    assert.equal(read.status, 200);
    assert.equal(read.json.text, 'I want to feel confident bathing the twins');
    assert.equal(Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'goal.read' AND record_id = ${quote(family)}`)), 1);
  });

  test('bad input on the new goal form is kept, with messages at the fields', async () => {
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const page = `/families/${family}/goals/new`;
    const bad = await supporter.submit(page, `/families/${family}/goals`,
      { text: '', area: 'not-an-area', step_1: 'Keep this step' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /There is a problem/);
    assert.match(bad.text, /id="text-error"[^>]*>[\s\S]*?Enter the goal in the family(&apos;|&#39;|')s own words/);
    assert.match(bad.text, /Select a goal area from the list, or none/);
    assert.match(bad.text, /value="Keep this step"/);
    const api422 = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/goals`, { text: ' ' });
    assert.equal(api422.status, 422);
    assert.match(api422.type, /application\/problem\+json/);
    assert.match(api422.text, /"text"/);
  });

  test('the parent adds progress in their own words on /my-family', async () => {
    const parent = new FormClient(server.url);
    await parent.signIn(DEMO.parent);
    const page = await parent.get('/my-family');
    assert.equal(page.status, 200);
    assert.match(page.text, /I want to feel confident bathing the twins/);
    assert.match(page.text, /Riverside Community Parents \(demo\)/);
    const empty = await parent.submit('/my-family', `/my-family/goals/${goalId}/progress`, { family_id: family, note: '' });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /Enter how it is going/);
    const added = await parent.submit('/my-family', `/my-family/goals/${goalId}/progress`,
      { family_id: family, note: 'I bathed Zara on my own today' });
    assert.equal(added.status, 303);
    const after = await parent.get('/my-family');
    assert.match(after.text, /I bathed Zara on my own today/);
    const me = await api(server, tokens.parent, 'GET', '/api/v1/me/family');
    assert.equal(me.status, 200);
    const mine = me.json.families.find((f) => f.family_id === family);
    assert.ok(mine, 'the linked family is in the view');
    assert.equal(mine.goals[0].progress[0].by_family, true);
    assert.equal(mine.supporter_first_name, 'Sam');
    assert.equal(me.json.families.some((f) => f.family_id === otherFamily), false);
  });

  test('the supporter ticks a step, adds progress and the achievement is celebrated', async () => {
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const goalPage = `/families/${family}/goals/${goalId}`;
    const detail = await api(server, tokens.supporter, 'GET', `/api/v1/families/${family}/goals/${goalId}`);
    const step = detail.json.steps[0].id;
    const ticked = await supporter.submit(goalPage, `${goalPage}/steps/${step}`, { done: '1' });
    assert.equal(ticked.status, 303);
    const progress = await supporter.submit(goalPage, `${goalPage}/progress`, { progress_note: 'Watched Amira bath both', progress_date: '' });
    assert.equal(progress.status, 303);
    const badStatus = await supporter.submit(goalPage, `${goalPage}/status`, { status: 'changed', new_goal_text: '' });
    assert.equal(badStatus.status, 422);
    assert.match(badStatus.text, /Enter what the goal has become/);
    const achieved = await supporter.submit(goalPage, `${goalPage}/status`, { status: 'achieved', status_note: 'Both twins' });
    assert.equal(achieved.status, 303);
    const list = await supporter.get(`/families/${family}/goals`);
    assert.match(list.text, /<h2 id="achieved-heading">Achieved<\/h2>/);
    assert.match(list.text, /1 of 2 steps done/);
    const again = await api(server, tokens.supporter, 'PATCH', `/api/v1/families/${family}/goals/${goalId}`, { status: 'let_go' });
    assert.equal(again.status, 409, 'an achieved goal is kept as it was');
  });

  test('a changed goal links to what it became', async () => {
    const created = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/goals`, { text: 'Go to a group' });
    const changed = await api(server, tokens.coordinator, 'PATCH', `/api/v1/families/${family}/goals/${created.json.id}`,
      { status: 'changed', new_text: 'Go to the Tuesday baby group' });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.json.status, 'changed');
    assert.equal(changed.json.changed_into.changed_from_goal_id, created.json.id);
  });

  test('a care plan saved twice keeps both versions', async () => {
    const first = await api(server, tokens.supporter, 'PUT', `/api/v1/families/${family}/care-plan`,
      { what_matters: 'Feeling less alone', review_date: '2099-01-31', actions: [{ who: 'Me', what: 'Go to baby group', by_when: '2099-01-10' }] });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.json.number, 1);
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const edit = `/families/${family}/plan/edit`;
    const bad = await supporter.submit(edit, `/families/${family}/plan`,
      { what_matters: 'Sleep more', review_date: 'someday', action_rows: '2', action_1_who: 'Sam', action_1_what: '', action_2_who: '', action_2_what: '' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /Enter a real review date/);
    assert.match(bad.text, /Enter what will be done \(action 1\)/);
    assert.match(bad.text, /value="someday"/);
    assert.match(bad.text, />Sleep more<\/textarea>/);
    const saved = await supporter.submit(edit, `/families/${family}/plan`,
      { what_matters: 'Sleep more', review_date: '1 2 2099', action_rows: '1', action_1_who: 'Sam', action_1_what: 'Find a sling library' });
    assert.equal(saved.status, 303);
    const page = await supporter.get(`/families/${family}/plan`);
    assert.match(page.text, /Version 2 of 2, saved by/);
    const earlier = await supporter.get(`/families/${family}/plan/versions/1`);
    assert.equal(earlier.status, 200);
    assert.match(earlier.text, /Feeling less alone/);
    assert.match(earlier.text, /Version 1 of 2/);
    const v1 = await api(server, tokens.parent, 'GET', `/api/v1/families/${family}/care-plan/versions/1`);
    assert.equal(v1.status, 200, 'the linked parent reads the plan');
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/families/${family}/care-plan/versions/3`)).status, 404);
    assert.equal((await supporter.get(`/families/${family}/plan/versions/x`)).status, 404);
  });

  test('every refusal is refused and audited', async () => {
    const before = refusals(server, family);
    const goal = `/api/v1/families/${family}/goals/${goalId}`;
    const cases = [
      ['parent', 'POST', `/api/v1/families/${family}/goals`, { text: 'My own' }],
      ['parent', 'PATCH', goal, { status: 'let_go' }],
      ['parent', 'PUT', `/api/v1/families/${family}/care-plan`, { what_matters: 'x', review_date: '2099-01-01' }],
      ['practitioner', 'GET', `/api/v1/families/${family}/goals`],
      ['practitioner', 'GET', `/api/v1/families/${family}/care-plan`],
      ['admin', 'GET', `/api/v1/families/${family}/goals`],
      ['commissioner', 'GET', goal],
      ['member', 'POST', `${goal}/progress`, { note: 'Hello' }],
    ];
    for (const [who, method, path, body] of cases) {
      const response = await api(server, tokens[who], method, path, body);
      assert.equal(response.status, 403, `${who} ${method} ${path}: ${response.text}`);
      assert.match(response.type, /application\/problem\+json/);
    }
    assert.equal(refusals(server, family), before + cases.length);

    const other = await api(server, tokens.parent, 'GET', `/api/v1/families/${otherFamily}/goals`);
    assert.equal(other.status, 403, 'a parent never reaches another family');
    const created = await api(server, tokens.supporter, 'POST', `/api/v1/families/${otherFamily}/goals`, { text: 'Theirs' });
    const progress = await api(server, tokens.parent, 'POST', `/api/v1/families/${otherFamily}/goals/${created.json.id}/progress`, { note: 'Mine?' });
    assert.equal(progress.status, 403);
    assert.equal(refusals(server, otherFamily), 2);
    assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/me/family')).status, 403);
    assert.equal((await api(server, null, 'GET', `/api/v1/families/${family}/goals`)).status, 401);
  });

  test('the pages refuse the same', async () => {
    const parent = new FormClient(server.url);
    await parent.signIn(DEMO.parent);
    assert.equal((await parent.get(`/families/${family}/goals/new`)).status, 403);
    assert.equal((await parent.get(`/families/${family}/plan/edit`)).status, 403);
    assert.equal((await parent.get(`/families/${otherFamily}/goals`)).status, 403);
    const practitioner = new FormClient(server.url);
    await practitioner.signIn(DEMO.practitioner);
    assert.equal((await practitioner.get(`/families/${family}/plan`)).status, 403);
    assert.equal((await practitioner.get('/my-family')).status, 403);
  });
});
