// Goal areas scored over time in a real browser: a supporter scores a family at a point, first
// with a bad date and an area left unanswered (messages at the fields, every entry kept), then
// sees the chart and the table of the same numbers; a coordinator renames an area, adds one and
// retires another in the settings, and reads the programme's distance travelled; the parent reads
// their own scores over time. axe passes on every page, with and without errors shown.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';
import { putFamily } from '../support/privacy_family.mjs';

async function errorLinks(page) {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  return summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/** Chooses a score for an area on the scoring form (its radio group is named by the area). */
async function choose(page, area, value) {
  await page.getByRole('group', { name: area, exact: true }).getByLabel(value, { exact: true }).check();
}

const AREAS = ['Getting to know others locally', 'Keeping well in pregnancy', 'Bonding with baby', 'Economic wellbeing',
  'Preparing to be a parent', 'Emotional wellbeing', 'Physical wellbeing', 'Preparing for labour and birth',
  'Feeding my baby with confidence, whatever the feeding choice', 'Feeling supported in my relationship', 'Housing'];

describe('outcomes in the browser', () => {
  let server;
  let browser;
  let family;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    ({ family } = putFamily(server, 'Olivia Browser', ['Olivia Browser']));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a supporter scores a point, after correcting bad input, and sees the chart and table', async () => {
    const page = await newPage(browser);
    const outcomes = `/families/${family}/outcomes`;
    await withScreenshotOnFailure(page, 'outcomes-empty', async () => {
      await signInAt(page, server, DEMO.supporter, outcomes);
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Outcomes');
      await page.getByText('No scores yet.').waitFor();
      await expectNoAxeViolations(page, 'outcomes-empty');
      await page.getByRole('link', { name: 'Score At the start of support in pregnancy' }).first().click();
    });
    await withScreenshotOnFailure(page, 'outcomes-bad-input', async () => {
      await page.getByLabel('Date the parent gave these scores').fill('31 2 2025');
      for (const area of AREAS.slice(0, 10)) await choose(page, area, area === 'Bonding with baby' ? '4' : '6');
      await page.getByLabel(/Anything the parent wants to say/).fill('Still finding my feet');
      await page.getByRole('button', { name: 'Save scores' }).click();
      assert.deepEqual(await errorLinks(page), ['#date', '#score_housing']);
      assert.match(await page.title(), /^Error: /);
      assert.equal(await page.locator('#date').inputValue(), '31 2 2025');
      assert.equal(await page.getByRole('group', { name: 'Bonding with baby', exact: true }).getByLabel('4', { exact: true }).isChecked(), true);
      assert.equal(await page.getByLabel(/Anything the parent wants to say/).inputValue(), 'Still finding my feet');
      await expectNoAxeViolations(page, 'outcomes-score-errors');
    });
    await withScreenshotOnFailure(page, 'outcomes-scored', async () => {
      await page.getByLabel('Date the parent gave these scores').fill('2025-05-01');
      await choose(page, 'Housing', 'Not relevant now');
      await page.getByRole('button', { name: 'Save scores' }).click();
      await page.waitForURL(/done=scored/);
      await page.getByText('Scores saved.').waitFor();
      await expectNoAxeViolations(page, 'outcomes-one-point');
    });
    // A second point makes the arrows.
    await withScreenshotOnFailure(page, 'outcomes-second-point', async () => {
      await page.goto(`${server.url}${outcomes}/score?point=end_of_pregnancy`);
      await page.getByLabel('Date the parent gave these scores').fill('2025-06-01');
      for (const area of AREAS.slice(0, 10)) await choose(page, area, area === 'Bonding with baby' ? '8' : '6');
      await choose(page, 'Housing', '5');
      await page.getByRole('button', { name: 'Save scores' }).click();
      await page.waitForURL(/done=scored/);
      const chart = page.locator('svg.app-distance-chart');
      assert.equal(await chart.getAttribute('role'), 'img');
      assert.equal(await chart.locator('g.mark').count(), 21);  // 10 areas at two points, housing at one
      const row = page.locator('table.app-distance-table tr', { has: page.getByRole('rowheader', { name: 'Bonding with baby' }) });
      assert.deepEqual((await row.locator('td').allTextContents()).map((t) => t.trim()), ['4', '8', '+4']);
      await expectNoAxeViolations(page, 'outcomes-chart');
    });
  });

  test('a coordinator changes the settings and reads the programme figures', async () => {
    const page = await newPage(browser);
    await withScreenshotOnFailure(page, 'outcome-settings', async () => {
      await signInAt(page, server, DEMO.coordinator, '/programme/outcomes');
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Programme outcomes');
      await page.locator('svg.app-distance-chart').waitFor();
      await expectNoAxeViolations(page, 'programme-outcomes');
      await page.getByRole('link', { name: 'Change the areas, points and scale' }).click();
      await expectNoAxeViolations(page, 'outcome-settings');
      const housing = page.getByRole('group', { name: 'Housing', exact: true });
      await housing.getByLabel('Name').fill('');
      await page.getByLabel('Add an area (optional)').fill('Getting enough sleep');
      await page.getByRole('button', { name: 'Save settings' }).click();
      assert.deepEqual(await errorLinks(page), ['#area_housing_label']);
      assert.equal(await page.getByLabel('Add an area (optional)').inputValue(), 'Getting enough sleep');
      await expectNoAxeViolations(page, 'outcome-settings-errors');
      await page.getByRole('group', { name: 'Housing', exact: true }).getByLabel('Name').fill('A safe, settled home');
      await page.getByRole('group', { name: 'Economic wellbeing', exact: true }).getByLabel(/Retired/).check();
      await page.getByLabel('Add an area (optional)').fill('Getting enough sleep');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.waitForURL(/done=saved/);
      await page.getByText(/Settings saved as version/).waitFor();
      await page.getByRole('group', { name: 'Getting enough sleep', exact: true }).waitFor();
      assert.equal(await page.getByRole('group', { name: 'Economic wellbeing', exact: true }).getByLabel(/Retired/).isChecked(), true);
    });
    await withScreenshotOnFailure(page, 'outcome-settings-used', async () => {
      await page.goto(`${server.url}/families/${family}/outcomes/score`);
      await page.getByRole('group', { name: 'A safe, settled home', exact: true }).waitFor();
      await page.getByRole('group', { name: 'Getting enough sleep', exact: true }).waitFor();
      assert.equal(await page.getByRole('group', { name: 'Economic wellbeing', exact: true }).count(), 0);
    });
  });

  test('the parent reads their own scores over time', async () => {
    const page = await newPage(browser);
    await withScreenshotOnFailure(page, 'my-family-outcomes', async () => {
      await signInAt(page, server, DEMO.parent, '/my-family/outcomes');
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'How things have changed for you');
      // The demo parent's family was scored at two points by the demo seed.
      assert.equal(await page.locator('svg.app-distance-chart').first().getAttribute('role'), 'img');
      await page.locator('table.app-distance-table').first().waitFor();
      await expectNoAxeViolations(page, 'my-family-outcomes');
    });
  });
});
