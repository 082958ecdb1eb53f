// Questionnaires over HTTP: answering PHQ-9 through the pages (missing answers kept with a
// message at each item) and the API, the safety alert raised by item 9 with its task, steps
// and audit entries, resolving only with a recorded action, the coordinator's list of open
// alerts, an area's licensed questionnaire loaded from a document (an invented one) with a
// new edition, the demo family's PHQ-9 done twice, and every refusal (a parent, another
// organisation, an administrator, no sign-in).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, signIn, startServer } from '../support/server.mjs';
import { api, putFamily, quote, sql, userId } from '../support/privacy_family.mjs';

function phq9(values, difficulty = 0) {
  const answers = { difficulty };
  values.forEach((value, i) => { answers[String(i + 1)] = value; });
  return answers;
}

function formAnswers(values, difficulty) {
  const fields = { code: 'phq-9' };
  values.forEach((value, i) => { if (value !== null) fields[`answer-${i + 1}`] = String(value); });
  if (difficulty !== null) fields['answer-difficulty'] = String(difficulty);
  return fields;
}

function count(server, where) {
  return Number(sql(server, `SELECT COUNT(*) FROM ${where}`));
}

function invented(edition, firstItem) {
  return {
    format: 'alongside.questionnaire/1', code: 'calm-check', short_title: 'Calm check', title: 'Calm check (invented)',
    edition, source: 'Invented for the Alongside tests.', licence: 'Not a real instrument.', instructions: 'In the past week:',
    option_sets: { agree: [{ label: 'No', value: 0 }, { label: 'Yes', value: 1 }] },
    items: [{ code: 'a', text: firstItem, options: 'agree' }, { code: 'b', text: 'I slept', options: 'agree' }],
    bands: [{ min: 0, max: 1, label: 'Low', meaning: 'Fine.' }, { min: 2, max: 2, label: 'High', meaning: 'Talk.' }],
  };
}

describe('questionnaires and safety alerts (SQLite)', () => {
  let server;
  let family;
  const tokens = {};

  before(async () => {
    server = await startServer();
    family = putFamily(server, 'Nadia Questions', ['Nadia Questions']).family;
    sql(server, `UPDATE caregivers SET linked_user_id = ${quote(userId(server, DEMO.parent))} WHERE family_id = ${quote(family)}`);
    for (const [who, email] of Object.entries(DEMO)) tokens[who] = await signIn(server.url, email);
  });
  after(async () => { await server?.stop(); });

  test('the shipped questionnaires are listed for a worker, with their items and source', async () => {
    const list = await api(server, tokens.supporter, 'GET', '/api/v1/questionnaires');
    assert.equal(list.status, 200, list.text);
    const codes = list.json.items.map((q) => q.code).sort();
    assert.deepEqual(codes, ['gad-2', 'gad-7', 'phq-2', 'phq-9']);
    const phq = await api(server, tokens.supporter, 'GET', '/api/v1/questionnaires/phq-9');
    assert.equal(phq.status, 200);
    assert.equal(phq.json.max_score, 27);
    assert.equal(phq.json.document.items.length, 10);
    assert.match(phq.json.document.licence, /No permission required to reproduce, translate, display or distribute\./);
    assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/questionnaires/epds')).status, 404);
    assert.equal((await api(server, tokens.parent, 'GET', '/api/v1/questionnaires')).status, 403);
  });

  test('the answer form keeps every answer and names each missing item, then saves', async () => {
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const form = await supporter.get(`/families/${family}/questionnaires/new?code=phq-9`);
    assert.equal(form.status, 200);
    assert.match(form.text, /Over the last 2 weeks, how often have you been bothered/);
    assert.match(form.text, /<fieldset/);
    assert.match(form.text, /Thoughts that you would be better off dead or of hurting yourself in some way/);
    const bad = await supporter.submit(`/families/${family}/questionnaires/new?code=phq-9`, `/families/${family}/questionnaires`,
      { ...formAnswers([1, 2, null, 1, 0, 0, 1, 0, 0], 1), answered_on: '31 2 2026' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /There is a problem/);
    assert.match(bad.text, /href="#answer-3">Choose an answer to question 3/);
    assert.match(bad.text, /id="answer-3-error"/);
    assert.match(bad.text, /href="#answered_on">Enter the day it was done as a real date/);
    assert.match(bad.text, /value="31 2 2026"/);
    assert.match(bad.text, /id="answer-2-3" name="answer-2" type="radio" value="2" checked/, 'answers kept');
    assert.equal(count(server, `questionnaire_responses WHERE family_id = ${quote(family)}`), 0);

    const good = await supporter.submit(`/families/${family}/questionnaires/new?code=phq-9`, `/families/${family}/questionnaires`,
      formAnswers([1, 2, 2, 1, 0, 0, 1, 0, 0], 1));
    assert.equal(good.status, 303, good.text);
    const result = await supporter.get(good.location);
    assert.equal(result.status, 200);
    assert.match(result.text, /<strong class="app-score">7<\/strong> of 27/);
    assert.match(result.text, /Mild/);
    assert.doesNotMatch(result.text, /Safety alert/);
  });

  test('item 9 above 0 raises a safety alert at once: steps on screen, a task for the coordinator, audited', async () => {
    const future = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/questionnaires`,
      { code: 'phq-9', answers: phq9([0, 1, 0, 0, 0, 0, 0, 0, 1]), answered_on: '2999-01-01' });
    assert.equal(future.status, 422);
    assert.match(future.text, /"answered_on"/);
    assert.equal(count(server, `safety_alerts WHERE family_id = ${quote(family)}`), 0, 'no alert without a saved answer');
    const saved = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/questionnaires`,
      { code: 'phq-9', answers: phq9([0, 1, 0, 0, 0, 0, 0, 0, 1]) });
    assert.equal(saved.status, 201, saved.text);
    assert.match(saved.json.answered_on, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(saved.json.total, 2);
    assert.equal(saved.json.alerts.length, 1);
    const alert = saved.json.alerts[0];
    assert.equal(alert.status, 'open');
    assert.ok(alert.steps.length >= 3);
    const coordinator = userId(server, DEMO.coordinator);
    assert.equal(count(server, `tasks WHERE id = ${quote(alert.task_id)} AND assigned_user_id = ${quote(coordinator)} AND status = 'open'`), 1);
    assert.equal(count(server, `audit_log WHERE action = 'safety_alert.raise' AND record_id = ${quote(family)}`), 1);

    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const result = await supporter.get(`/families/${family}/questionnaires/${saved.json.id}`);
    assert.match(result.text, /Safety alert: Thoughts of being better off dead or of self-harm/);
    assert.match(result.text, /call 999/);
    const page = await supporter.get(`/families/${family}/questionnaires`);
    assert.match(page.text, /Open safety alerts/);
    assert.match(page.text, /PHQ-9: 7 → 2/);
    assert.match(page.text, /<svg class="app-trend-chart"/);

    const chloe = new FormClient(server.url);
    await chloe.signIn(DEMO.coordinator);
    const list = await chloe.get('/safety-alerts');
    assert.equal(list.status, 200);
    assert.match(list.text, /Nadia Questions/);
  });

  test('an alert cannot be dismissed without what was done and a note', async () => {
    const alerts = await api(server, tokens.supporter, 'GET', `/api/v1/families/${family}/safety-alerts`);
    const alert = alerts.json.items.find((a) => a.status === 'open');
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const page = `/families/${family}/safety-alerts/${alert.id}`;
    const bad = await supporter.submit(page, `${page}/resolve`, { note: 'Talked it through' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /Choose what was done about this alert/);
    assert.match(bad.text, />Talked it through<\/textarea>/, 'the note is kept');
    const api422 = await api(server, tokens.supporter, 'POST', `${'/api/v1'}/families/${family}/safety-alerts/${alert.id}/resolve`, {});
    assert.equal(api422.status, 422);
    assert.match(api422.text, /"action"/);
    assert.match(api422.text, /"note"/);
    const good = await supporter.submit(page, `${page}/resolve`,
      { action: 'safety_plan', note: 'Agreed a safety plan; Nadia will call her GP in the morning.' });
    assert.equal(good.status, 303);
    const shown = await supporter.get(good.location);
    assert.match(shown.text, /Talked it through with the parent and agreed a safety plan/);
    assert.doesNotMatch(shown.text, /Resolve alert<\/button>/);
    assert.equal(count(server, `audit_log WHERE action = 'safety_alert.resolve' AND record_id = ${quote(family)}`), 1);
    const again = await api(server, tokens.coordinator, 'POST', `/api/v1/families/${family}/safety-alerts/${alert.id}/resolve`,
      { action: 'other', note: 'again' });
    assert.equal(again.status, 409);
  });

  test('a family member, another organisation and an administrator are refused, and it is audited', async () => {
    const before = count(server, `audit_log WHERE outcome = 'refused' AND record_id = ${quote(family)}`);
    for (const who of ['parent', 'practitioner', 'admin', 'commissioner']) {
      assert.equal((await api(server, tokens[who], 'GET', `/api/v1/families/${family}/questionnaires`)).status, 403, who);
      assert.equal((await api(server, tokens[who], 'POST', `/api/v1/families/${family}/questionnaires`,
        { code: 'phq-9', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) })).status, 403, who);
      assert.equal((await api(server, tokens[who], 'GET', `/api/v1/families/${family}/safety-alerts`)).status, 403, who);
    }
    assert.equal(count(server, `audit_log WHERE outcome = 'refused' AND record_id = ${quote(family)}`), before + 12);
    const parent = new FormClient(server.url);
    await parent.signIn(DEMO.parent);
    assert.equal((await parent.get(`/families/${family}/questionnaires`)).status, 403);
    assert.equal((await parent.get('/safety-alerts')).status, 403);
    const myFamily = await parent.get('/my-family');
    assert.doesNotMatch(myFamily.text, /PHQ-9|safety alert/i, 'nothing of it on the family\'s own page');
    const anonymous = await fetch(`${server.url}/api/v1/families/${family}/questionnaires`);
    assert.equal(anonymous.status, 401);
  });

  test('an administrator loads a licensed questionnaire for an area, then a new edition', async () => {
    const admin = new FormClient(server.url);
    await admin.signIn(DEMO.admin);
    const page = await admin.get('/admin/questionnaires');
    assert.equal(page.status, 200);
    assert.match(page.text, /Riverside/);
    const area = sql(server, `SELECT area_id FROM organisations WHERE name = 'Riverside Community Parents (demo)'`);
    const broken = invented('1', 'I felt calm');
    broken.items[1].options = 'often';
    broken.bands[1].min = 3;
    const bad = await admin.submit('/admin/questionnaires', '/admin/questionnaires',
      { area_id: area, document: JSON.stringify(broken) });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /items\[1\] \(&quot;b&quot;\): option set &quot;often&quot; is not defined/);
    assert.match(bad.text, /I felt calm/, 'the document is kept');
    const good = await admin.submit('/admin/questionnaires', '/admin/questionnaires',
      { area_id: area, document: JSON.stringify(invented('1', 'I felt calm')) });
    assert.equal(good.status, 303, good.text);
    const listed = await admin.get('/admin/questionnaires');
    assert.match(listed.text, /Calm check/);
    assert.match(listed.text, /Avery Admin/);

    const second = await api(server, tokens.admin, 'POST', '/api/v1/questionnaires',
      { area_id: area, document: invented('2', 'I felt at ease') });
    assert.equal(second.status, 201, second.text);
    assert.equal((await api(server, tokens.admin, 'POST', '/api/v1/questionnaires',
      { area_id: area, document: invented('2', 'again') })).status, 409);
    assert.equal((await api(server, tokens.coordinator, 'POST', '/api/v1/questionnaires',
      { area_id: area, document: invented('3', 'x') })).status, 403);
    const current = await api(server, tokens.supporter, 'GET', '/api/v1/questionnaires/calm-check');
    assert.equal(current.json.edition, '2');
    assert.equal(current.json.document.items[0].text, 'I felt at ease');
    const answered = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/questionnaires`,
      { code: 'calm-check', answers: { a: 1, b: 1 } });
    assert.equal(answered.status, 201, answered.text);
    assert.equal(answered.json.band, 'High');
    assert.equal(answered.json.edition, '2');
  });

  test('the demo family has a PHQ-9 done twice, going down, with no open alert', async () => {
    const demoFamily = sql(server, `SELECT family_id FROM caregivers WHERE linked_user_id = ${quote(userId(server, DEMO.parent))} AND family_id <> ${quote(family)} LIMIT 1`);
    const read = await api(server, tokens.supporter, 'GET', `/api/v1/families/${demoFamily}/questionnaires`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.json.trends[0].summary, '12 → 6');
    assert.equal(read.json.open_alerts.length, 0);
  });
});
