// Goal areas scored over time, over HTTP on SQLite and PostgreSQL: the programme's settings read
// by its workers and changed by its coordinator (pages and API); a family scored at two points
// (API and form, bad input kept with messages at the fields), its chart and table; the
// programme's distance travelled; and every refusal by role (a supporter off the caseload, the
// parent scoring, another organisation, the admin and commissioner, no sign-in), each audited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, FormClient, postgresSuiteOptions, signIn, startServer } from '../support/server.mjs';
import { api, putFamily, quote, sql, userId } from '../support/privacy_family.mjs';

function allScores(first, rest = 5) {
  const codes = ['getting_to_know_others', 'keeping_well_in_pregnancy', 'bonding_with_baby', 'economic_wellbeing',
    'preparing_to_be_a_parent', 'emotional_wellbeing', 'physical_wellbeing', 'preparing_for_labour_and_birth',
    'feeding_with_confidence', 'supported_in_relationship', 'housing'];
  const scores = Object.fromEntries(codes.map((code) => [code, rest]));
  scores.getting_to_know_others = first;
  scores.housing = 'not_relevant';
  return scores;
}

function outcomeSuite(database) {
  describe(`outcomes (${database})`, database === 'postgresql' ? postgresSuiteOptions() : {}, () => {
    let server;
    let family;
    let offCaseload;
    const tokens = {};

    before(async () => {
      server = await startServer({ database });
      family = putFamily(server, 'Olivia Outcomes', ['Olivia Outcomes']).family;
      offCaseload = putFamily(server, 'Nadia Nobody', ['Nadia Nobody']).family;
      sql(server, `UPDATE families SET supporter_user_id = NULL WHERE id = ${quote(offCaseload)}`);
      sql(server, `UPDATE caregivers SET linked_user_id = ${quote(userId(server, DEMO.parent))} WHERE family_id = ${quote(family)}`);
      for (const [who, email] of Object.entries(DEMO)) tokens[who] = await signIn(server.url, email);
    });
    after(async () => { await server?.stop(); });

    test('the programme reads the shipped settings; the coordinator changes them as a new version', async () => {
      const read = await api(server, tokens.supporter, 'GET', '/api/v1/programme/outcome-settings');
      assert.equal(read.status, 200, read.text);
      assert.equal(read.json.settings.areas.length, 11);
      assert.equal(read.json.settings.points.length, 3);
      assert.equal(read.json.may_change, false);
      const number = read.json.number;
      const settings = read.json.settings;
      settings.areas.push({ code: 'sleep', label: 'Getting enough sleep' });
      const refused = await api(server, tokens.supporter, 'PUT', '/api/v1/programme/outcome-settings',
        { settings, based_on_version: number });
      assert.equal(refused.status, 403);
      const saved = await api(server, tokens.coordinator, 'PUT', '/api/v1/programme/outcome-settings',
        { settings, note: 'Sleep matters', based_on_version: number });
      assert.equal(saved.status, 200, saved.text);
      assert.ok(saved.json.number > number);
      const stale = await api(server, tokens.coordinator, 'PUT', '/api/v1/programme/outcome-settings',
        { settings, based_on_version: number });
      assert.equal(stale.status, 409);
      const dropped = structuredClone(settings);
      dropped.areas.pop();
      const bad = await api(server, tokens.coordinator, 'PUT', '/api/v1/programme/outcome-settings',
        { settings: dropped, based_on_version: saved.json.number });
      assert.equal(bad.status, 422);
      assert.match(bad.type, /application\/problem\+json/);
      assert.match(bad.text, /Retire an area instead/);
      // Put the shipped list back in use for the rest of the suite: retire the new area.
      settings.areas[settings.areas.length - 1].retired = true;
      const back = await api(server, tokens.coordinator, 'PUT', '/api/v1/programme/outcome-settings',
        { settings, based_on_version: saved.json.number });
      assert.equal(back.status, 200, back.text);
      for (const who of ['practitioner', 'commissioner', 'member']) {
        const other = await api(server, tokens[who], 'GET', '/api/v1/programme/outcome-settings');
        assert.ok([403, 404].includes(other.status), `${who}: ${other.status}`);
      }
    });

    test('the supporter scores two points through the API and sees distance travelled', async () => {
      const bad = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/outcomes`,
        { point: 'start_of_support', date: '2025-02-30', scores: { getting_to_know_others: 11 } });
      assert.equal(bad.status, 422);
      assert.match(bad.text, /"date"/);
      assert.match(bad.text, /"score_getting_to_know_others"/);
      assert.match(bad.text, /"score_bonding_with_baby"/);
      const first = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/outcomes`,
        { point: 'start_of_support', date: '2025-01-10', note: 'New to the area', scores: allScores(2) });
      assert.equal(first.status, 201, first.text);
      const second = await api(server, tokens.supporter, 'POST', `/api/v1/families/${family}/outcomes`,
        { point: 'end_of_pregnancy', date: '2025-03-10', scores: allScores(7) });
      assert.equal(second.status, 201, second.text);
      const read = await api(server, tokens.supporter, 'GET', `/api/v1/families/${family}/outcomes`);
      assert.equal(read.status, 200);
      assert.equal(read.json.current.length, 2);
      const area = read.json.distance.find((a) => a.area === 'getting_to_know_others');
      assert.deepEqual([area.first, area.latest, area.change], [2, 7, 5]);
      assert.equal(Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'outcome.score' AND record_id = ${quote(family)}`)), 2);
      assert.ok(Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE action = 'outcome.read' AND record_id = ${quote(family)}`)) >= 1);
    });

    test('the family page shows the chart with a table of the same numbers', async () => {
      const supporter = new FormClient(server.url);
      await supporter.signIn(DEMO.supporter);
      const page = await supporter.get(`/families/${family}/outcomes`);
      assert.equal(page.status, 200);
      assert.match(page.text, /<svg[^>]*role="img"/);
      assert.match(page.text, /<title id="family-distance-title">Distance travelled for Olivia Outcomes<\/title>/);
      assert.equal((page.text.match(/<g class="mark"/g) ?? []).length, 2 * 10);  // 10 areas scored at both points (housing not relevant)
      assert.match(page.text, /<th scope="row" class="nhsuk-table__header">Getting to know others locally<\/th>\s*<td class="nhsuk-table__cell">2<\/td><td class="nhsuk-table__cell">7<\/td><td class="nhsuk-table__cell">\+5<\/td>/);
      assert.match(page.text, /New to the area/);
      assert.match(page.text, /Three months after birth/);
    });

    test('the scoring form keeps every entry with a message at each bad field, then saves', async () => {
      const supporter = new FormClient(server.url);
      await supporter.signIn(DEMO.supporter);
      const form = `/families/${family}/outcomes/score?point=three_months_after_birth`;
      const fields = { point: 'three_months_after_birth', date: '31 2 2025', note: 'Better now', score_getting_to_know_others: '8' };
      const bad = await supporter.submit(form, `/families/${family}/outcomes`, fields);
      assert.equal(bad.status, 422);
      assert.match(bad.text, /There is a problem/);
      assert.match(bad.text, /id="date-error"/);
      assert.match(bad.text, /value="31 2 2025"/);
      assert.match(bad.text, /Better now/);
      assert.match(bad.text, /id="score_getting_to_know_others-8"[^>]*checked|value="8" checked/);
      assert.match(bad.text, /id="score_bonding_with_baby-error"/);
      assert.match(bad.text, /href="#score_bonding_with_baby"/);
      const good = { ...fields, date: '2025-06-01' };
      for (const [code, value] of Object.entries(allScores(8))) good[`score_${code}`] = String(value);
      const saved = await supporter.submit(form, `/families/${family}/outcomes`, good);
      assert.equal(saved.status, 303, saved.text.slice(0, 400));
      assert.equal(saved.location, `/families/${family}/outcomes?done=scored`);
    });

    test('the programme page and API show distance travelled; a pair of points filters it', async () => {
      const coordinator = new FormClient(server.url);
      await coordinator.signIn(DEMO.coordinator);
      const page = await coordinator.get('/programme/outcomes');
      assert.equal(page.status, 200);
      assert.match(page.text, /Programme outcomes/);
      assert.match(page.text, /<svg[^>]*role="img"/);
      const figures = await api(server, tokens.coordinator, 'GET', '/api/v1/programme/outcomes?from=start_of_support&to=end_of_pregnancy');
      assert.equal(figures.status, 200, figures.text);
      const area = figures.json.areas.find((a) => a.area === 'getting_to_know_others');
      // The demo families count too: the expected figures are worked out from the tables.
      const pairs = `SELECT a.score AS first, b.score AS latest FROM outcome_scorings sa
        JOIN outcome_scores a ON a.scoring_id = sa.id AND a.area_code = 'getting_to_know_others' AND a.score IS NOT NULL
        JOIN outcome_scorings sb ON sb.family_id = sa.family_id AND sb.point_code = 'end_of_pregnancy' AND sb.superseded_by IS NULL
        JOIN outcome_scores b ON b.scoring_id = sb.id AND b.area_code = 'getting_to_know_others' AND b.score IS NOT NULL
        WHERE sa.point_code = 'start_of_support' AND sa.superseded_by IS NULL`;
      assert.equal(area.families, Number(sql(server, `SELECT COUNT(*) FROM (${pairs}) p`)));
      assert.ok(area.families >= 1);
      const change = Number(sql(server, `SELECT SUM(latest - first) FROM (${pairs}) p`)) / area.families;
      assert.ok(Math.abs(area.average_change - change) < 1e-9, `${area.average_change} vs ${change}`);
      const reversed = await coordinator.get('/programme/outcomes?from=end_of_pregnancy&to=start_of_support');
      assert.equal(reversed.status, 422);
      assert.match(reversed.text, /Choose a point later in the journey/);
      const settings = await coordinator.get('/programme/outcomes/settings');
      assert.equal(settings.status, 200);
      assert.match(settings.text, /name="area_housing_label"/);
      const supporterSettings = new FormClient(server.url);
      await supporterSettings.signIn(DEMO.supporter);
      assert.equal((await supporterSettings.get('/programme/outcomes/settings')).status, 403);
    });

    test('refusals by role, each audited', async () => {
      const before = Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused'`));
      // A supporter for a family not on their caseload.
      assert.equal((await api(server, tokens.supporter, 'GET', `/api/v1/families/${offCaseload}/outcomes`)).status, 403);
      assert.equal((await api(server, tokens.supporter, 'POST', `/api/v1/families/${offCaseload}/outcomes`,
        { point: 'start_of_support', date: '2025-01-10', scores: allScores(3) })).status, 403);
      // The parent reads their own family's scores but never scores.
      assert.equal((await api(server, tokens.parent, 'GET', `/api/v1/families/${family}/outcomes`)).status, 200);
      assert.equal((await api(server, tokens.parent, 'POST', `/api/v1/families/${family}/outcomes`,
        { point: 'start_of_support', date: '2025-01-10', scores: allScores(3) })).status, 403);
      const parent = new FormClient(server.url);
      await parent.signIn(DEMO.parent);
      assert.equal((await parent.get(`/families/${family}/outcomes/score`)).status, 403);
      const own = await parent.get('/my-family/outcomes');
      assert.equal(own.status, 200);
      assert.match(own.text, /How things have changed for you/);
      assert.match(own.text, /<th scope="row" class="nhsuk-table__header">Getting to know others locally<\/th>\s*<td class="nhsuk-table__cell">2<\/td>/);
      assert.match(own.text, /New to the area/);
      // Another organisation, the administrator and the commissioner reach no family data.
      for (const who of ['practitioner', 'admin', 'commissioner']) {
        assert.equal((await api(server, tokens[who], 'GET', `/api/v1/families/${family}/outcomes`)).status, 403, who);
        assert.ok([403, 404].includes((await api(server, tokens[who], 'GET', '/api/v1/programme/outcomes')).status), who);
      }
      assert.equal((await fetch(`${server.url}/api/v1/families/${family}/outcomes`)).status, 401);
      const after = Number(sql(server, `SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused'`));
      assert.ok(after - before >= 7, `refusals audited: ${after - before}`);
      assert.equal(Number(sql(server, `SELECT COUNT(*) FROM outcome_scorings WHERE family_id = ${quote(offCaseload)}`)), 0);
    });
  });
}

outcomeSuite('sqlite');
outcomeSuite('postgresql');
