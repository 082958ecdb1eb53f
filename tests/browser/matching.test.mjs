// Matching and expenses in a real browser, on the demo programme: the coordinator finds a
// family waiting, sees why each volunteer is suggested, tries to offer without choosing
// (bad input), then offers Dana's family to Sam; Sam signs in, sees the offer under
// "Families offered", declines without a reason (bad input), then accepts, and Dana's
// family is in his caseload. Sam logs time with bad input then good, and claims mileage
// with bad input then good; the coordinator approves the claim. Every page passes axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { sql } from '../support/privacy_family.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, saveScreenshot, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';

describe('matching a family and approving an expense', () => {
  let server;
  let browser;
  let sam;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    sam = sql(server, "SELECT id FROM volunteers WHERE name = 'Sam Supporter'");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the coordinator offers a family, the volunteer accepts it, and it is in their caseload', async () => {
    const coordinator = await newPage(browser);
    await withScreenshotOnFailure(coordinator, 'matching-propose', async () => {
      await signInAt(coordinator, server, DEMO.coordinator, '/programme/matching');
      await expectNoAxeViolations(coordinator, 'matching-waiting');
      await coordinator.getByRole('link', { name: /Dana Kowalska/ }).click();
      await coordinator.getByRole('heading', { name: 'Find a supporter' }).waitFor();
      await expectNoAxeViolations(coordinator, 'matching-family');
      assert.match(await coordinator.locator('main').textContent(), /Speaks Polish/);
      await coordinator.getByLabel('A note for the volunteer (optional)').fill('She would like someone who speaks Polish');
      await coordinator.getByRole('button', { name: 'Offer the family to this volunteer' }).click();
      await coordinator.locator('.nhsuk-error-summary').waitFor();
      assert.equal(await coordinator.getByLabel('A note for the volunteer (optional)').inputValue(),
        'She would like someone who speaks Polish');
      await expectNoAxeViolations(coordinator, 'matching-family-errors');
      await coordinator.getByLabel('Sam Supporter').check();
      await coordinator.getByRole('button', { name: 'Offer the family to this volunteer' }).click();
      await coordinator.waitForURL((url) => url.search === '?done=proposed');
      assert.match(await coordinator.locator('main').textContent(), /Offered to\s+Sam Supporter/);
      await saveScreenshot(coordinator, 'matching-offered');
    });

    const volunteer = await newPage(browser);
    await withScreenshotOnFailure(volunteer, 'matching-accept', async () => {
      await signInAt(volunteer, server, DEMO.supporter, `/programme/volunteers/${sam}/matches`);
      await expectNoAxeViolations(volunteer, 'families-offered');
      assert.match(await volunteer.locator('main').textContent(), /someone who speaks Polish/);
      await volunteer.getByRole('link', { name: /Decline/ }).click();
      await expectNoAxeViolations(volunteer, 'decline-offer');
      await volunteer.getByRole('button', { name: 'Decline the family' }).click();
      await volunteer.locator('.nhsuk-error-summary').waitFor();
      await expectNoAxeViolations(volunteer, 'decline-offer-errors');
      await volunteer.getByRole('link', { name: 'Go back without answering' }).click();
      await volunteer.getByRole('link', { name: /Accept Dana/ }).click();
      await expectNoAxeViolations(volunteer, 'accept-offer');
      await volunteer.getByRole('button', { name: 'Yes, accept the family' }).click();
      await volunteer.waitForURL((url) => url.search === '?done=accepted');
      await expectNoAxeViolations(volunteer, 'families-offered-accepted');
      await volunteer.goto(`${server.url}/families`);
      assert.match(await volunteer.locator('main').textContent(), /Dana Kowalska/);
    });
  });

  test('the volunteer logs time and claims mileage; the coordinator approves the claim', async () => {
    const volunteer = await newPage(browser);
    await withScreenshotOnFailure(volunteer, 'hours-and-expenses', async () => {
      await signInAt(volunteer, server, DEMO.supporter, `/programme/volunteers/${sam}/hours`);
      await expectNoAxeViolations(volunteer, 'hours-given');
      await volunteer.getByLabel('What was the time for?').selectOption('group');
      await volunteer.getByLabel('How long, in minutes').fill('an hour');
      await volunteer.getByRole('button', { name: 'Log the time' }).click();
      await volunteer.locator('.nhsuk-error-summary').waitFor();
      assert.equal(await volunteer.getByLabel('How long, in minutes').inputValue(), 'an hour');
      await expectNoAxeViolations(volunteer, 'hours-given-errors');
      await volunteer.getByLabel('Date').fill(new Date().toISOString().slice(0, 10));
      await volunteer.getByLabel('How long, in minutes').fill('60');
      await volunteer.getByRole('button', { name: 'Log the time' }).click();
      await volunteer.waitForURL((url) => url.search === '?done=logged');
      await saveScreenshot(volunteer, 'hours-given');

      await volunteer.getByRole('link', { name: 'Availability' }).click();
      await expectNoAxeViolations(volunteer, 'availability');
      await volunteer.getByLabel('How many families can you support at once?').fill('9');
      await volunteer.getByRole('button', { name: 'Save availability' }).click();
      await volunteer.locator('.nhsuk-error-summary').waitFor();
      await expectNoAxeViolations(volunteer, 'availability-errors');
      await volunteer.getByLabel('How many families can you support at once?').fill('2');
      await volunteer.getByRole('button', { name: 'Save availability' }).click();
      await volunteer.waitForURL((url) => url.search === '?done=saved');

      await volunteer.goto(`${server.url}/programme/volunteers/${sam}/record-of-service`);
      await expectNoAxeViolations(volunteer, 'record-of-service');
      await volunteer.emulateMedia({ media: 'print' });
      assert.equal(await volunteer.locator('header').first().isVisible(), false, 'no navigation when printed');
      await saveScreenshot(volunteer, 'record-of-service-print');
      await volunteer.emulateMedia({ media: 'screen' });

      await volunteer.goto(`${server.url}/programme/volunteers/${sam}/expenses`);
      await expectNoAxeViolations(volunteer, 'expenses');
      await volunteer.getByLabel('Mileage', { exact: true }).check();
      await volunteer.getByLabel('Miles driven (for mileage)').fill('lots');
      await volunteer.getByRole('button', { name: 'Send the claim' }).click();
      await volunteer.locator('.nhsuk-error-summary').waitFor();
      await expectNoAxeViolations(volunteer, 'expenses-errors');
      await volunteer.getByLabel('Miles driven (for mileage)').fill('28');
      await volunteer.getByLabel('What it was for').fill('Visit to Dana and back');
      await volunteer.getByRole('button', { name: 'Send the claim' }).click();
      await volunteer.waitForURL((url) => url.search === '?done=claimed');
      assert.match(await volunteer.locator('main').textContent(), /£12\.60/);
    });

    const coordinator = await newPage(browser);
    await withScreenshotOnFailure(coordinator, 'expense-approve', async () => {
      await signInAt(coordinator, server, DEMO.coordinator, '/programme/expenses');
      await expectNoAxeViolations(coordinator, 'programme-expenses');
      await coordinator.getByRole('link', { name: /Approve Sam Supporter's claim of £12\.60/ }).click();
      await expectNoAxeViolations(coordinator, 'approve-expense');
      await coordinator.getByRole('button', { name: 'Yes, approve £12.60' }).click();
      await coordinator.waitForURL((url) => url.search === '?done=approved');
      await expectNoAxeViolations(coordinator, 'programme-expenses-approved');
      assert.match(await coordinator.locator('main').textContent(), /Approved/);
      await coordinator.goto(`${server.url}/programme/hours`);
      await expectNoAxeViolations(coordinator, 'programme-hours');
      await saveScreenshot(coordinator, 'programme-hours');
    });
  });
});
