// A whole referral across two organisations in a real browser: the peer supporter records
// the family's consent to share with health visiting, makes a referral with bad input first
// (messages at the fields, entries kept), previews what will be shared and sends it; the
// health visitor finds it in their inbox, accepts it and records the first contact; the
// supporter sees the progress. Every page passes axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';
import { putFamily, quote, sql } from '../support/privacy_family.mjs';

const HEALTH = 'Riverside Health Visiting (demo)';

describe('a referral across two organisations', () => {
  let server;
  let browser;
  let family;
  let service;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    ({ family } = putFamily(server, 'Nia Referral', ['Nia Referral']));
    service = sql(server, `SELECT s.id FROM services s JOIN organisations o ON o.id = s.organisation_id
      WHERE o.name = ${quote(HEALTH)} AND s.referral_route = 'alongside' ORDER BY s.name LIMIT 1`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the supporter refers, the health visitor accepts and makes contact, the supporter sees it', async () => {
    const supporter = await newPage(browser);
    let referralUrl;
    await withScreenshotOnFailure(supporter, 'referral-consent', async () => {
      await signInAt(supporter, server, DEMO.supporter, `/families/${family}/consent`);
      await supporter.getByLabel('What the family is deciding about').selectOption('sharing');
      await supporter.getByLabel('Service to share with').selectOption({ label: HEALTH });
      await supporter.getByLabel('Decision', { exact: true }).selectOption('given');
      await supporter.getByLabel('How the family told you').selectOption('in_person');
      await supporter.getByRole('button', { name: 'Record decision' }).click();
      await supporter.waitForURL((url) => url.search === '?done=recorded');
    });

    await withScreenshotOnFailure(supporter, 'referral-bad-input', async () => {
      await supporter.goto(`${server.url}/families/${family}/referrals`);
      await expectNoAxeViolations(supporter, 'family-referrals');
      await supporter.getByRole('link', { name: 'Refer to a service' }).click();
      await supporter.getByRole('heading', { level: 1, name: 'Refer to a service' }).waitFor();
      await expectNoAxeViolations(supporter, 'new-referral');
      await supporter.getByLabel('Babies (due and birth dates)').check();
      await supporter.getByRole('button', { name: 'Preview what will be shared' }).click();
      const summary = supporter.locator('.nhsuk-error-summary');
      await summary.waitFor();
      assert.match(await supporter.title(), /^Error: /);
      const hrefs = await summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, ['#service_id', '#reason']);
      assert.match(await supporter.locator('#reason-error').textContent(), /Say why you are referring the family/);
      assert.ok(await supporter.getByLabel('Babies (due and birth dates)').isChecked(), 'the ticked item is kept');
      await expectNoAxeViolations(supporter, 'new-referral-errors');
    });

    await withScreenshotOnFailure(supporter, 'referral-preview-send', async () => {
      await supporter.getByLabel('Service', { exact: true }).selectOption(service);
      await supporter.getByLabel("Caregivers' names and pronouns").check();
      await supporter.getByLabel('Why you are referring the family').fill('Would like help with feeding');
      await supporter.getByRole('button', { name: 'Preview what will be shared' }).click();
      await supporter.getByRole('heading', { level: 2, name: 'What the service will be shown' }).waitFor();
      referralUrl = supporter.url();
      const shared = await supporter.locator('.app-shared-items').textContent();
      assert.match(shared, /Would like help with feeding/);
      assert.match(shared, /Nia Referral/);
      await expectNoAxeViolations(supporter, 'referral-preview');
      await supporter.getByRole('button', { name: 'Send the referral' }).click();
      await supporter.waitForURL((url) => url.search === '?done=send');
      assert.match(await supporter.locator('.nhsuk-tag').first().textContent(), /Sent/);
    });

    const visitor = await newPage(browser);
    await withScreenshotOnFailure(visitor, 'referral-inbox', async () => {
      await signInAt(visitor, server, DEMO.practitioner, '/referrals/inbox');
      await expectNoAxeViolations(visitor, 'referral-inbox');
      await visitor.locator(`a[href="${new URL(referralUrl).pathname}"]`).click();
      await visitor.getByRole('heading', { level: 1 }).waitFor();
      assert.match(await visitor.locator('.app-shared-items').textContent(), /Would like help with feeding/);
      assert.equal(await visitor.locator(`a[href^="/families/${family}"]`).count(), 0, 'no way into the family record');
      await expectNoAxeViolations(visitor, 'referral-received');
      await visitor.getByRole('button', { name: 'Accept the referral' }).click();
      await visitor.waitForURL((url) => url.search === '?done=accept');
    });

    await withScreenshotOnFailure(visitor, 'referral-first-contact', async () => {
      await visitor.getByLabel('Date of the first contact').fill('not a date');
      await visitor.getByRole('button', { name: 'Record first contact' }).click();
      await visitor.locator('.nhsuk-error-summary').waitFor();
      assert.equal(await visitor.getByLabel('Date of the first contact').inputValue(), 'not a date');
      await expectNoAxeViolations(visitor, 'first-contact-errors');
      await visitor.getByLabel('Date of the first contact').fill(new Date().toISOString().slice(0, 10));
      await visitor.getByRole('button', { name: 'Record first contact' }).click();
      await visitor.waitForURL((url) => url.search === '?done=first-contact');
      await expectNoAxeViolations(visitor, 'first-contact-made');
    });

    await withScreenshotOnFailure(supporter, 'referral-progress', async () => {
      await supporter.goto(referralUrl);
      assert.match(await supporter.locator('.nhsuk-tag').first().textContent(), /First contact made/);
      assert.match(await supporter.locator('.app-referral-events').textContent(), /Accepted/);
      await supporter.goto(`${server.url}/referrals`);
      await expectNoAxeViolations(supporter, 'referrals-sent');
    });
  });
});
