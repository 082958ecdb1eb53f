// A volunteer from first enquiry to active in a real browser: the coordinator records the
// enquiry with bad input first (messages at the fields, entries kept), tries to make them
// active too early and is told what is missing, records the checks, moves them through the
// steps to active, and sees them on the dashboard; the volunteer then signs in and sees
// their own record, read only. Every page passes axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';

describe('a volunteer from enquiry to active', () => {
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

  async function moveTo(page, stage) {
    await page.getByRole('button', { name: 'Move along the journey' }).click();
    await page.getByLabel(stage, { exact: true }).check();
    await page.getByRole('button', { name: 'Save the change' }).click();
    await page.waitForURL((url) => url.search === '?done=stage');
  }

  test('the coordinator records an enquiry and takes it all the way to active', async () => {
    const page = await newPage(browser);
    await withScreenshotOnFailure(page, 'volunteer-enquiry', async () => {
      await signInAt(page, server, DEMO.coordinator, '/programme');
      await expectNoAxeViolations(page, 'programme-dashboard');
      await page.getByRole('link', { name: 'Volunteers', exact: true }).first().click();
      await expectNoAxeViolations(page, 'volunteers');
      await page.getByRole('button', { name: 'Record an enquiry' }).click();
      await expectNoAxeViolations(page, 'new-volunteer');
      await page.getByLabel('Email address (optional)').fill('grace@');
      await page.getByLabel('Languages they speak (optional)').fill('English, Twi');
      await page.getByLabel('Has twins or more').check();
      await page.getByRole('button', { name: 'Save enquiry' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      assert.match(await page.title(), /^Error: /);
      const hrefs = await summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, ['#name', '#email']);
      assert.equal(await page.getByLabel('Languages they speak (optional)').inputValue(), 'English, Twi');
      assert.ok(await page.getByLabel('Has twins or more').isChecked(), 'the ticked box is kept');
      await expectNoAxeViolations(page, 'new-volunteer-errors');
      await page.getByLabel('Full name').fill('Grace Mensah');
      await page.getByLabel('Email address (optional)').fill('grace@example.org');
      await page.getByLabel('Role in the programme').selectOption({ label: 'Pregnancy Pal' });
      await page.getByRole('button', { name: 'Save enquiry' }).click();
      await page.waitForURL((url) => url.search === '?done=created');
      assert.match(await page.locator('h1').textContent(), /Grace Mensah\s+Enquiry/);
      await expectNoAxeViolations(page, 'volunteer-record');
    });

    await withScreenshotOnFailure(page, 'volunteer-too-early', async () => {
      await page.getByRole('button', { name: 'Move along the journey' }).click();
      await expectNoAxeViolations(page, 'volunteer-stage');
      await page.getByLabel('Active', { exact: true }).check();
      await page.getByLabel('Note (optional)').fill('Keen to start');
      await page.getByRole('button', { name: 'Save the change' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      assert.match(await page.locator('#stage-error').textContent(), /record the date of their DBS check/);
      assert.equal(await page.getByLabel('Note (optional)').inputValue(), 'Keen to start');
      await expectNoAxeViolations(page, 'volunteer-stage-errors');
      await page.getByRole('link', { name: 'Record their checks' }).click();
      await expectNoAxeViolations(page, 'volunteer-edit');
      await page.getByLabel('References received').fill('2');
      await page.getByLabel('Date of their DBS check (optional)').fill('2026-11-20');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.waitForURL((url) => url.search === '?done=saved');
      assert.match(await page.locator('.nhsuk-summary-list').first().textContent(), /20 November 2029|2029/);
    });

    await withScreenshotOnFailure(page, 'volunteer-to-active', async () => {
      for (const stage of ['Application', 'Interview', 'References', 'DBS check', 'Training']) await moveTo(page, stage);
      await moveTo(page, 'Active');
      assert.match(await page.locator('h1').textContent(), /Active/);
      assert.match(await page.locator('table').textContent(), /Volunteer/);
      const journey = await page.locator('.app-journey').textContent();
      for (const stage of ['Enquiry', 'Application', 'Interview', 'References', 'DBS check', 'Training', 'Active'])
        assert.match(journey, new RegExp(stage));
      await expectNoAxeViolations(page, 'volunteer-active');
      await page.goto(`${server.url}/programme/volunteers?stage=active`);
      assert.match(await page.locator('table').textContent(), /Grace Mensah/);
    });
  });

  test('the volunteer signs in and reads their own record, with nothing to change', async () => {
    const page = await newPage(browser);
    await withScreenshotOnFailure(page, 'volunteer-own-record', async () => {
      await signInAt(page, server, DEMO.supporter, '/');
      await page.getByRole('link', { name: 'Your volunteering' }).click();
      await page.getByRole('heading', { level: 1, name: /Sam Supporter/ }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Move along the journey' }).count(), 0);
      assert.match(await page.locator('main').textContent(), /Pregnancy Pal/);
      await expectNoAxeViolations(page, 'volunteer-own');
    });
  });
});
