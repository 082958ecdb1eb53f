// Needs conversations over HTTP: a draft through the API and the pages, finishing refused
// while a domain is unrated (what was typed kept, messages at the fields), the suggested
// level with its reasons, the worker's decision reaching the Services tab "from the needs
// conversation", the area's own rules, and every refusal: a parent never sees adversities
// or the suggestion, a supporter off the caseload, another organisation, administrators,
// no sign-in. Families are put into the SQLite database with the sqlite3 command line.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, csrfTokenFrom, signIn, startServer } from '../support/server.mjs';
import { PROGRAMME, api, putFamily, quote, sql, userId } from '../support/privacy_family.mjs';

const DOMAINS = ['nurturing_relationship', 'caregiver_self_capacity', 'navigating_support'];

function answers(ratings, extra = {}) {
  const domains = {};
  DOMAINS.forEach((code, i) => { domains[code] = { rating: ratings[i] ?? null, going_well: `well ${i}`, would_help: `help ${i}` }; });
  return { domains, pressures: ['money'], pressure_note: 'Rent went up', adversities: ['poverty'], focus_areas: ['antenatal'], ...extra };
}

/** Loads the page, then posts [name, value] pairs (repeated names for checkboxes) with its csrf_token. */
async function submitPairs(client, pagePath, actionPath, pairs) {
  const page = await client.get(pagePath);
  assert.equal(page.status, 200, `GET ${pagePath}`);
  return client.post(actionPath, [['csrf_token', csrfTokenFrom(page.text)], ...pairs]);
}

function audited(server, action, familyId) {
  return Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = ${quote(action)} AND record_id = ${quote(familyId)}`));
}

describe('needs conversations (SQLite)', () => {
  let server;
  let family;
  let offCaseload;
  let areaId;
  const tokens = {};

  before(async () => {
    server = await startServer();
    family = putFamily(server, 'Nadia Needs', ['Nadia Needs']).family;
    offCaseload = putFamily(server, 'Olive Elsewhere', ['Olive Elsewhere']).family;
    sql(server, `UPDATE families SET supporter_user_id = NULL WHERE id = ${quote(offCaseload)}`);
    sql(server, `UPDATE caregivers SET linked_user_id = ${quote(userId(server, DEMO.parent))} WHERE family_id = ${quote(family)}`);
    areaId = sql(server, `SELECT area_id FROM organisations WHERE name = ${quote(PROGRAMME)}`);
    for (const [who, email] of Object.entries(DEMO)) tokens[who] = await signIn(server.url, email);
  });
  after(async () => { await server?.stop(); });

  test('a draft through the API, finishing refused while unrated, then the suggestion and a decision', async () => {
    const base = `/api/v1/families/${family}/needs`;
    const created = await api(server, tokens.supporter, 'POST', base, answers([4]));
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.status, 'draft');
    assert.equal(created.json.domains.caregiver_self_capacity.rating, null);
    const id = created.json.id;
    const again = await api(server, tokens.supporter, 'POST', base, answers([4]));
    assert.equal(again.status, 409);

    const saved = await api(server, tokens.supporter, 'PATCH', `${base}/${id}`, answers([4, 2]));
    assert.equal(saved.status, 200, saved.text);
    const unfinished = await api(server, tokens.supporter, 'POST', `${base}/${id}/finish`, answers([4, 2, null], { pressure_note: 'Kept' }));
    assert.equal(unfinished.status, 422);
    assert.match(unfinished.type, /application\/problem\+json/);
    assert.match(unfinished.text, /navigating_support_rating/);
    assert.doesNotMatch(unfinished.text, /caregiver_self_capacity_rating/);
    const kept = await api(server, tokens.supporter, 'GET', `${base}/${id}`);
    assert.equal(kept.json.pressure_note, 'Kept');
    assert.equal(kept.json.status, 'draft');

    const finished = await api(server, tokens.supporter, 'POST', `${base}/${id}/finish`, answers([4, 2, 3]));
    assert.equal(finished.status, 200, finished.text);
    assert.equal(finished.json.suggestion.level, 'targeted');
    assert.ok(finished.json.suggestion.reasons.some((r) => r.rule === 'self_capacity_hard'));
    assert.ok(finished.json.suggestion.kinds.some((k) => k.code === 'money' && k.because.length === 2));

    const noReason = await api(server, tokens.supporter, 'POST', `${base}/${id}/decision`, { level: 'universal', needs: ['money'] });
    assert.equal(noReason.status, 422);
    assert.match(noReason.text, /"reason"/);
    const decided = await api(server, tokens.supporter, 'POST', `${base}/${id}/decision`,
      { level: 'universal', reason: 'Her mum has moved in', needs: ['money'] });
    assert.equal(decided.status, 200, decided.text);
    assert.equal(decided.json.decision.level, 'universal');
    assert.equal((await api(server, tokens.supporter, 'POST', `${base}/${id}/decision`, { level: 'targeted' })).status, 409);

    const services = new FormClient(server.url);
    await services.signIn(DEMO.supporter);
    const pathways = await services.get(`/families/${family}/pathways`);
    assert.equal(pathways.status, 200);
    assert.match(pathways.text, /from the needs conversation/);
    for (const action of ['needs.create', 'needs.update', 'needs.finish', 'needs.decide', 'needs.read'])
      assert.ok(audited(server, action, family) >= 1, action);
  });

  test('the list compares the latest with the first, and a parent never sees adversities or the suggestion', async () => {
    const base = `/api/v1/families/${family}/needs`;
    const review = await api(server, tokens.supporter, 'POST', base, answers([5, 2, 1]));
    assert.equal(review.status, 201, review.text);
    assert.ok(review.json.reviewed_from_id);
    assert.equal((await api(server, tokens.supporter, 'POST', `${base}/${review.json.id}/finish`)).status, 200);
    const list = await api(server, tokens.coordinator, 'GET', base);
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.changes.map((c) => c.change), ['better', 'the same', 'harder']);

    const parentList = await api(server, tokens.parent, 'GET', base);
    assert.equal(parentList.status, 200);
    for (const item of parentList.json.items) {
      assert.equal(item.adversities, undefined);
      assert.equal(item.suggestion, null);
      assert.equal(item.decision, null);
    }
    assert.doesNotMatch(parentList.text, /poverty/);
    assert.equal((await api(server, tokens.parent, 'POST', base, answers([3, 3, 3]))).status, 403);
    assert.equal((await api(server, tokens.parent, 'PATCH', `${base}/${review.json.id}`, answers([3, 3, 3]))).status, 403);
  });

  test('others are refused, and each refusal is audited', async () => {
    const before = Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused'`));
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/families/${offCaseload}/needs`)).status, 403);
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/families/${offCaseload}/needs`, answers([3]))).status, 403);
    assert.equal((await api(server, tokens.practitioner, 'GET', `/api/v1/families/${family}/needs`)).status, 403);
    assert.equal((await api(server, tokens.admin, 'GET', `/api/v1/families/${family}/needs`)).status, 403);
    assert.equal((await api(server, tokens.commissioner, 'GET', `/api/v1/families/${family}/needs`)).status, 403);
    const anonymous = await fetch(`${server.url}/api/v1/families/${family}/needs`, { headers: { accept: 'application/json' } });
    assert.equal(anonymous.status, 401);
    const after = Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused'`));
    assert.ok(after - before >= 5, `${after - before} refusals audited`);
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    assert.equal((await supporter.get(`/families/${offCaseload}/needs`)).status, 403);
    const parent = new FormClient(server.url);
    await parent.signIn(DEMO.parent);
    assert.equal((await parent.get(`/families/${family}/needs/new`)).status, 403);
  });

  test('the pages: a draft saved, finishing with a domain unrated keeps every entry, then the suggestion', async () => {
    const fresh = putFamily(server, 'Priya Pages', ['Priya Pages']).family;
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    const list = await supporter.get(`/families/${fresh}/needs`);
    assert.equal(list.status, 200);
    assert.match(list.text, /No needs conversation yet/);
    const form = await supporter.get(`/families/${fresh}/needs/new`);
    assert.equal(form.status, 200);
    assert.match(form.text, /How is &quot;Nurturing the relationship&quot; going, in the parent(&apos;|&#39;|')s view\?/);
    assert.match(form.text, /name="adversities"/);
    const draft = await submitPairs(supporter, `/families/${fresh}/needs/new`, `/families/${fresh}/needs`, [
      ['action', 'save'], ['adversities_shown', '1'], ['nurturing_relationship_rating', '4'],
      ['nurturing_relationship_going_well', 'Bath time songs'], ['pressures', 'housing'], ['adversities', 'couple_conflict']]);
    assert.equal(draft.status, 303, draft.text);
    const id = /\/needs\/([0-9a-f-]+)/.exec(draft.location)[1];
    const again = await supporter.get(`/families/${fresh}/needs/new`);
    assert.equal(again.status, 303);
    assert.match(again.location, new RegExp(`/needs/${id}/edit$`));

    const edit = `/families/${fresh}/needs/${id}/edit`;
    const bad = await submitPairs(supporter, edit, `/families/${fresh}/needs/${id}`, [
      ['action', 'finish'], ['adversities_shown', '1'], ['nurturing_relationship_rating', '4'],
      ['nurturing_relationship_going_well', 'Bath time songs'], ['caregiver_self_capacity_would_help', 'Sleep'],
      ['pressures', 'housing'], ['adversities', 'couple_conflict']]);
    assert.equal(bad.status, 422);
    assert.match(bad.text, /There is a problem/);
    assert.match(bad.text, /id="caregiver_self_capacity_rating-error"/);
    assert.match(bad.text, /id="navigating_support_rating-error"/);
    assert.match(bad.text, />Bath time songs</);
    assert.match(bad.text, />Sleep</);
    assert.match(bad.text, /id="nurturing_relationship_rating-4"[^>]*value="4" checked/);
    assert.match(bad.text, /value="couple_conflict" checked/);

    const done = await submitPairs(supporter, edit, `/families/${fresh}/needs/${id}`, [
      ['action', 'finish'], ['adversities_shown', '1'], ['nurturing_relationship_rating', '4'],
      ['caregiver_self_capacity_rating', '3'], ['navigating_support_rating', '3'],
      ['pressures', 'housing'], ['adversities', 'couple_conflict']]);
    assert.equal(done.status, 303, done.text);
    const shown = await supporter.get(done.location);
    assert.equal(shown.status, 200);
    assert.match(shown.text, /Suggested level of need: Targeted/);
    assert.match(shown.text, /suggested because there is conflict between the parents/);
    assert.match(shown.text, /suggested because housing is a pressure on the family/);

    const view = `/families/${fresh}/needs/${id}`;
    const different = await submitPairs(supporter, view, `${view}/decision`, [['level', 'specialist']]);
    assert.equal(different.status, 422);
    assert.match(different.text, /id="reason-error"/);
    assert.match(different.text, /value="specialist" checked/);
    const decided = await submitPairs(supporter, view, `${view}/decision`, [['level', 'targeted'], ['needs', 'housing']]);
    assert.equal(decided.status, 303);
    const after = await supporter.get(`/families/${fresh}/needs`);
    assert.match(after.text, /Targeted/);

    const parent = new FormClient(server.url);
    await parent.signIn(DEMO.parent);
    const parentView = await parent.get(`/families/${family}/needs`);
    assert.equal(parentView.status, 200);
    assert.doesNotMatch(parentView.text, /Poverty|Targeted/);
  });

  test('an area administrator changes the rules; bad rules are named; others may only read', async () => {
    const read = await api(server, tokens.supporter, 'GET', `/api/v1/needs-rules`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.json.is_default, true);
    const document = { format: 'alongside.needs-rules/1', default: { level: 'community', because: 'our area' },
      rules: [{ id: 'housing_first', when: { pressure: 'housing' }, level: 'specialist', kinds: ['housing'], because: 'housing comes first here' }] };
    assert.equal((await api(server, tokens.supporter, 'PUT', `/api/v1/needs-rules`, { document })).status, 403);
    const bad = await api(server, tokens.admin, 'PUT', `/api/v1/needs-rules?area_id=${areaId}`,
      { document: { ...document, rules: [{ ...document.rules[0], level: 'urgent' }] } });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /Rule 1 \(housing_first\): level \\"urgent\\" is not one of/);

    const admin = new FormClient(server.url);
    await admin.signIn(DEMO.admin);
    const choose = await admin.get('/admin/needs-rules');
    assert.equal(choose.status, 200);
    assert.match(choose.text, /Riverside/);
    const page = `/admin/needs-rules?area=${areaId}`;
    const badPage = await admin.submit(page, '/admin/needs-rules', { area: areaId, document: '{"rules": [', note: 'oops' });
    assert.equal(badPage.status, 422);
    assert.match(badPage.text, /The rules are not a JSON object/);
    assert.match(badPage.text, /\{&quot;rules&quot;: \[/);
    const saved = await admin.submit(page, '/admin/needs-rules',
      { area: areaId, document: JSON.stringify(document), note: 'Housing first' });
    assert.equal(saved.status, 303, saved.text);
    const now = await api(server, tokens.supporter, 'GET', `/api/v1/needs-rules`);
    assert.equal(now.json.number, 1);
    assert.equal(now.json.note, 'Housing first');

    const fresh = putFamily(server, 'Rhea Rules', ['Rhea Rules']).family;
    const created = await api(server, tokens.supporter, 'POST', `/api/v1/families/${fresh}/needs`, answers([3, 3, 3], { pressures: ['housing'] }));
    const finished = await api(server, tokens.supporter, 'POST', `/api/v1/families/${fresh}/needs/${created.json.id}/finish`);
    assert.equal(finished.json.suggestion.level, 'specialist');
    assert.deepEqual(finished.json.suggestion.reasons.map((r) => r.because), ['housing comes first here']);
  });
});
