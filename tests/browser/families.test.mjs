// A peer supporter records a family in a real browser (bad input first: messages at the
// fields, every entry kept; then good input), finds it on their caseload, and the
// coordinator assigns a waiting family to them. axe checks every page on the way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, withScreenshotOnFailure } from '../support/browser.mjs';

async function signInAs(page, server, email) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/`);
}

/** A due date 20 weeks from now, as a person would type it: "14 3 2027". */
function dueDate() {
  const date = new Date(Date.now() + 20 * 7 * 86_400_000);
  return `${date.getUTCDate()} ${date.getUTCMonth() + 1} ${date.getUTCFullYear()}`;
}

describe('family records in the browser', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a supporter records a family after correcting bad input, and finds it on their caseload', async () => {
    const page = await newPage(browser);
    try {
      await withScreenshotOnFailure(page, 'families-caseload', async () => {
        await signInAs(page, server, DEMO.supporter);
        await page.getByRole('link', { name: 'Families' }).first().click();
        await page.waitForURL(`${server.url}/families`);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Your caseload');
        assert.equal(await page.locator('tbody tr').count(), 3);
        await expectNoAxeViolations(page, 'families-caseload');
        await page.getByRole('button', { name: 'Record a new family' }).click();
        await page.waitForURL(`${server.url}/families/new`);
        await expectNoAxeViolations(page, 'families-new');
      });

      await withScreenshotOnFailure(page, 'families-bad-input', async () => {
        await page.getByLabel('Full name', { exact: true }).fill('Nia Roberts');
        await page.getByLabel('Relationship to the baby', { exact: true }).fill('mother');
        await page.getByLabel('Email address (optional)', { exact: true }).fill('nia at example');
        await page.getByLabel('Due date', { exact: true }).fill('31 2 2027');
        await page.getByLabel('Postcode', { exact: true }).fill('RW1');
        await page.getByLabel('Antenatal', { exact: false }).check();
        await page.getByLabel(/Strengths/).fill('Sings to the bump every night');
        await page.getByLabel('The family agrees to support from the programme').check();
        await page.getByRole('button', { name: 'Save family' }).click();

        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.match(await page.title(), /^Error: Record a new family/);
        const hrefs = await summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        assert.deepEqual(hrefs.sort(), ['#caregiver_email', '#due_date', '#postcode']);
        assert.match(await page.locator('#postcode-error').textContent(), /full UK postcode/);
        assert.match(await page.locator('#due_date-error').textContent(), /due date/i);
        assert.equal(await page.getByLabel('Full name', { exact: true }).inputValue(), 'Nia Roberts');
        assert.equal(await page.getByLabel('Postcode', { exact: true }).inputValue(), 'RW1');
        assert.equal(await page.getByLabel(/Strengths/).inputValue(), 'Sings to the bump every night');
        assert.ok(await page.getByLabel('Antenatal', { exact: false }).isChecked());
        assert.ok(await page.getByLabel('The family agrees to support from the programme').isChecked());
        await expectNoAxeViolations(page, 'families-new-errors');
      });

      await withScreenshotOnFailure(page, 'families-good-input', async () => {
        await page.getByLabel('Email address (optional)', { exact: true }).fill('nia@example.test');
        await page.getByLabel('Due date', { exact: true }).fill(dueDate());
        await page.getByLabel('Postcode', { exact: true }).fill('rw1 9xy');
        await page.getByRole('button', { name: 'Save family' }).click();
        await page.waitForURL((url) => /^\/families\/[0-9a-f-]{36}$/.test(url.pathname));
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Nia Roberts');
        assert.match(await page.locator('.nhsuk-lede-text').first().textContent(), /weeks pregnant/);
        assert.match(await page.locator('main').textContent(), /Sam Supporter, peer supporter/);
        await expectNoAxeViolations(page, 'families-overview');

        await page.getByRole('link', { name: 'Families' }).first().click();
        await page.getByLabel('Search by name or postcode').fill('RW1 9XY');
        await page.getByRole('button', { name: 'Find families' }).click();
        await page.waitForURL((url) => url.searchParams.get('q') === 'RW1 9XY');
        const rows = page.locator('tbody tr');
        assert.equal(await rows.count(), 1);
        assert.match(await rows.first().textContent(), /Nia Roberts/);
        await expectNoAxeViolations(page, 'families-search');
      });
    } finally {
      await page.close();
    }
  });

  test('the coordinator assigns a waiting family to the supporter', async () => {
    const page = await newPage(browser);
    try {
      await withScreenshotOnFailure(page, 'families-assign', async () => {
        await signInAs(page, server, DEMO.coordinator);
        await page.goto(`${server.url}/families?show=unassigned`);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Families');
        await expectNoAxeViolations(page, 'families-programme');
        await page.getByRole('link', { name: 'Dana Kowalska' }).click();
        await page.getByRole('link', { name: 'Assign a supporter' }).click();
        await expectNoAxeViolations(page, 'families-assign');
        await page.getByLabel('Peer supporter', { exact: true }).selectOption({ label: 'Sam Supporter' });
        await page.getByRole('button', { name: 'Assign' }).click();
        await page.waitForURL((url) => url.searchParams.get('done') === 'assigned');
        assert.match(await page.locator('main').textContent(), /Sam Supporter: .* to now \(assigned by Chloe Coordinator\)/);
        await expectNoAxeViolations(page, 'families-assigned');

        await page.getByRole('link', { name: 'Close support' }).click();
        await page.getByLabel('Why is support ending?').selectOption('moved_away');
        await page.getByLabel('Closing summary').fill('Moved to be near her sister; given the local group details.');
        await page.getByRole('button', { name: 'Continue' }).click();
        await expectNoAxeViolations(page, 'families-close-confirm');
        await page.getByRole('button', { name: 'Close support' }).click();
        await page.waitForURL((url) => url.searchParams.get('done') === 'closed');
        assert.match(await page.locator('main').textContent(), /Support closed on .* Reason: Moved away/);
      });
    } finally {
      await page.close();
    }
  });
});
