// Matching, hours given, availability and expenses over HTTP, on the demo programme: the
// coordinator sees the families waiting and the suggestions with reasons, offers Dana
// Kowalska's family to Sam Supporter, who alone may accept it (then it is in his
// caseload); a second open offer is a 409; Sam logs time and claims mileage, which only
// the coordinator approves; everyone else is refused (403) on the API and the pages; bad
// input is a 422 naming each field, a wrong JSON type a 400.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, signIn, startServer } from '../support/server.mjs';
import { api, sql } from '../support/privacy_family.mjs';

describe('matching, hours given and expenses over HTTP', () => {
  let server;
  const tokens = {};
  let sam;
  let dana;

  before(async () => {
    server = await startServer();
    for (const role of ['supporter', 'coordinator', 'parent', 'practitioner', 'commissioner'])
      tokens[role] = await signIn(server.url, DEMO[role]);
    sam = sql(server, "SELECT id FROM volunteers WHERE name = 'Sam Supporter'");
    dana = sql(server, "SELECT id FROM families WHERE display_name LIKE 'Dana%'");
  });
  after(async () => server?.stop());

  test('the coordinator offers a waiting family; only the volunteer offered it accepts it', async () => {
    const waiting = await api(server, tokens.coordinator, 'GET', '/api/v1/matching/families');
    assert.equal(waiting.status, 200);
    assert.ok(waiting.json.items.some((f) => f.family_id === dana), 'Dana waits for a supporter');
    for (const role of ['supporter', 'parent', 'practitioner', 'commissioner'])
      assert.equal((await api(server, tokens[role], 'GET', '/api/v1/matching/families')).status, 403, role);

    const suggestions = await api(server, tokens.coordinator, 'GET', `/api/v1/families/${dana}/volunteer-suggestions`);
    assert.equal(suggestions.status, 200);
    const samSuggested = suggestions.json.items.find((s) => s.volunteer_id === sam);
    assert.ok(samSuggested, 'Sam is suggested');
    assert.ok(samSuggested.reasons.includes('Speaks Polish'), JSON.stringify(samSuggested));
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/families/${dana}/volunteer-suggestions`)).status, 403);

    const bad = await api(server, tokens.coordinator, 'POST', '/api/v1/matches', { family_id: dana, volunteer_id: 'nobody' });
    assert.equal(bad.status, 422);
    assert.match(JSON.stringify(bad.json), /volunteer_id/);
    assert.equal((await api(server, tokens.coordinator, 'POST', '/api/v1/matches', { family_id: dana, volunteer_id: 7 })).status, 400);
    assert.equal((await api(server, tokens.supporter, 'POST', '/api/v1/matches', { family_id: dana, volunteer_id: sam })).status, 403);

    const offer = await api(server, tokens.coordinator, 'POST', '/api/v1/matches',
      { family_id: dana, volunteer_id: sam, note: 'She would like someone who speaks Polish' });
    assert.equal(offer.status, 201);
    const again = await api(server, tokens.coordinator, 'POST', '/api/v1/matches', { family_id: dana, volunteer_id: sam });
    assert.equal(again.status, 409, 'one open offer per family');

    const offers = await api(server, tokens.supporter, 'GET', `/api/v1/volunteers/${sam}/matches`);
    assert.equal(offers.status, 200);
    assert.equal(offers.json.items[0].first_name, 'Dana');
    assert.equal(offers.json.items[0].family_id, undefined, 'not the family record until accepted');
    assert.equal((await api(server, tokens.coordinator, 'POST', `/api/v1/matches/${offer.json.id}/accept`)).status, 403,
      'the coordinator does not accept for the volunteer');
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/matches/${offer.json.id}/decline`, { reason: '' })).status, 422);
    const accepted = await api(server, tokens.supporter, 'POST', `/api/v1/matches/${offer.json.id}/accept`);
    assert.equal(accepted.status, 200);
    assert.equal(accepted.json.status, 'accepted');
    assert.equal(sql(server, `SELECT u.email FROM families f JOIN users u ON u.id = f.supporter_user_id WHERE f.id = '${dana}'`),
      DEMO.supporter);
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/families/${dana}`)).status, 200, 'in his caseload now');
    assert.equal(sql(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'match.accept'"), '1');
  });

  test('hours given add contacts and logged time; availability is the volunteer\'s own', async () => {
    const bad = await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${sam}/time`,
      { activity: 'nap', on_date: '2999-01-01', minutes: 0 });
    assert.equal(bad.status, 422);
    for (const field of ['activity', 'on_date', 'minutes']) assert.match(JSON.stringify(bad.json), new RegExp(field), field);
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${sam}/time`,
      { activity: 'group', on_date: '2026-01-01', minutes: '60' })).status, 400, 'minutes must be a number');
    const before = await api(server, tokens.supporter, 'GET', `/api/v1/volunteers/${sam}/hours`);
    assert.equal(before.status, 200);
    const today = new Date().toISOString().slice(0, 10);
    const logged = await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${sam}/time`,
      { activity: 'travel', on_date: today, minutes: 25, note: 'Bus to the hub' });
    assert.equal(logged.status, 201);
    const after = await api(server, tokens.coordinator, 'GET', `/api/v1/volunteers/${sam}/hours`);
    assert.equal(after.json.total.all_time_minutes, before.json.total.all_time_minutes + 25);
    const other = sql(server, "SELECT id FROM volunteers WHERE name = 'Lena Novak'");
    assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/volunteers/${other}/hours`)).status, 403);
    assert.equal((await api(server, tokens.parent, 'GET', `/api/v1/volunteers/${sam}/hours`)).status, 403);

    const availability = await api(server, tokens.supporter, 'PUT', `/api/v1/volunteers/${sam}/availability`,
      { availability: ['mon_am', 'wed_eve'], max_families: 2, languages: ['English', 'Polish'], lived_experience: [] });
    assert.equal(availability.status, 200);
    assert.deepEqual(availability.json.availability, ['mon_am', 'wed_eve']);
    const badAvailability = await api(server, tokens.supporter, 'PUT', `/api/v1/volunteers/${sam}/availability`,
      { availability: ['someday'], max_families: 40 });
    assert.equal(badAvailability.status, 422);
    assert.equal((await api(server, tokens.supporter, 'PUT', `/api/v1/volunteers/${other}/availability`,
      { max_families: 1 })).status, 403);
    assert.equal(sql(server, `SELECT stage FROM volunteers WHERE id = '${sam}'`), 'active', 'no journey field changes');
  });

  test('a claim is approved only by the programme\'s coordinator', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const bad = await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${sam}/expenses`,
      { spent_on: '', kind: 'mileage', description: '' });
    assert.equal(bad.status, 422);
    for (const field of ['spent_on', 'miles', 'description']) assert.match(JSON.stringify(bad.json), new RegExp(field), field);
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${sam}/expenses`,
      { spent_on: today, kind: 'mileage', miles: 'ten', description: 'x' })).status, 400);
    const claim = await api(server, tokens.supporter, 'POST', `/api/v1/volunteers/${sam}/expenses`,
      { spent_on: today, kind: 'mileage', miles: 28, description: 'To Dana and back', receipt_held: false });
    assert.equal(claim.status, 201);
    assert.equal(claim.json.amount_pence, 1260);
    assert.equal(claim.json.amount, '£12.60');
    assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/expenses/${claim.json.id}/approve`)).status, 403);
    assert.equal((await api(server, tokens.supporter, 'GET', '/api/v1/expenses')).status, 403);
    const list = await api(server, tokens.coordinator, 'GET', '/api/v1/expenses');
    assert.equal(list.json.items[0].status, 'submitted', 'awaiting approval first');
    assert.equal((await api(server, tokens.coordinator, 'POST', `/api/v1/expenses/${claim.json.id}/reject`, { reason: '' })).status, 422);
    const approved = await api(server, tokens.coordinator, 'POST', `/api/v1/expenses/${claim.json.id}/approve`);
    assert.equal(approved.status, 200);
    assert.equal(approved.json.status, 'approved');
    assert.equal((await api(server, tokens.coordinator, 'POST', `/api/v1/expenses/${claim.json.id}/approve`)).status, 409);
    assert.equal((await api(server, tokens.coordinator, 'POST', `/api/v1/expenses/${claim.json.id}/paid`)).json.status, 'paid');
  });

  test('the pages refuse everyone else and keep every entry on bad input', async () => {
    const supporter = new FormClient(server.url);
    await supporter.signIn(DEMO.supporter);
    for (const path of ['/programme/matching', '/programme/expenses', '/programme/hours', `/programme/matching/${dana}`])
      assert.equal((await supporter.get(path)).status, 403, path);
    const other = sql(server, "SELECT id FROM volunteers WHERE name = 'Lena Novak'");
    for (const tab of ['matches', 'hours', 'availability', 'expenses'])
      assert.equal((await supporter.get(`/programme/volunteers/${other}/${tab}`)).status, 403, tab);

    const badTime = await supporter.submit(`/programme/volunteers/${sam}/hours`, `/programme/volunteers/${sam}/hours`,
      { activity: 'group', on_date: '', minutes: 'an hour', note: 'Baby café' });
    assert.equal(badTime.status, 422);
    assert.match(badTime.text, /There is a problem/);
    assert.match(badTime.text, /Enter the minutes as a whole number/);
    assert.match(badTime.text, /value="an hour"/);
    assert.match(badTime.text, /value="Baby café"/);

    const badClaim = await supporter.submit(`/programme/volunteers/${sam}/expenses`, `/programme/volunteers/${sam}/expenses`,
      { spent_on: '2026-02-30', kind: 'childcare', amount: 'lots', description: 'Nursery' });
    assert.equal(badClaim.status, 422);
    assert.match(badClaim.text, /Enter a real date/);
    assert.match(badClaim.text, /Enter the amount in pounds and pence/);
    assert.match(badClaim.text, /value="Nursery"/);

    const badAvailability = await supporter.submit(`/programme/volunteers/${sam}/availability`,
      `/programme/volunteers/${sam}/availability`, { max_families: '9', languages: 'English, Polish', availability: 'tue_am' });
    assert.equal(badAvailability.status, 422);
    assert.match(badAvailability.text, /Enter how many families can be supported at once, from 0 to 6/);
    assert.match(badAvailability.text, /value="tue_am" checked/);

    const record = await supporter.get(`/programme/volunteers/${sam}/record-of-service`);
    assert.equal(record.status, 200);
    assert.match(record.text, /Record of service: Sam Supporter/);
    assert.match(record.text, /Contacts with families/);

    const coordinator = new FormClient(server.url);
    await coordinator.signIn(DEMO.coordinator);
    const efe = sql(server, "SELECT id FROM families WHERE display_name LIKE 'Efe%'");
    const noChoice = await coordinator.submit(`/programme/matching/${efe}`, `/programme/matching/${efe}`,
      { volunteer_id: '', note: 'A dad would be good' });
    assert.equal(noChoice.status, 422);
    assert.match(noChoice.text, /Choose one of the suggested volunteers/);
    assert.match(noChoice.text, /A dad would be good/);
    const expenses = await coordinator.get('/programme/expenses');
    assert.equal(expenses.status, 200);
    assert.match(expenses.text, /Awaiting approval/);
    const noReason = await coordinator.submit('/programme/expenses', `/programme/expenses/${
      sql(server, "SELECT id FROM expense_claims WHERE status = 'submitted' LIMIT 1")}/reject`, { reason: '' });
    assert.equal(noReason.status, 422);
    assert.match(noReason.text, /Say why the claim is rejected/);
  });
  test('the coordinator withdraws an offer on the page, with a reason, and the family waits again', async () => {
    const efe = sql(server, "SELECT id FROM families WHERE display_name LIKE 'Efe%'");
    const coordinator = new FormClient(server.url);
    await coordinator.signIn(DEMO.coordinator);
    const offered = await coordinator.submit(`/programme/matching/${efe}`, `/programme/matching/${efe}`,
      { volunteer_id: sam, note: 'Near her home' });
    assert.equal(offered.status, 303);
    const page = await coordinator.get(`/programme/matching/${efe}`);
    assert.match(page.text, /Why are you withdrawing it\? \(optional\)/);
    const match = sql(server, `SELECT id FROM volunteer_matches WHERE family_id = '${efe}' AND status = 'proposed'`);
    const withdrawn = await coordinator.submit(`/programme/matching/${efe}`, `/programme/matches/${match}/withdraw`,
      { reason: 'Her sister now supports her' });
    assert.equal(withdrawn.status, 303);
    assert.equal(sql(server, `SELECT status || '|' || response_reason FROM volunteer_matches WHERE id = '${match}'`),
      'withdrawn|Her sister now supports her');
    const waiting = await api(server, tokens.coordinator, 'GET', '/api/v1/matching/families');
    assert.ok(waiting.json.items.some((f) => f.family_id === efe), 'Efe waits for a supporter again');
  });
});
