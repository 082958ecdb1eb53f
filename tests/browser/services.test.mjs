// The service directory in a real browser: a practitioner adds a service, first with bad
// input (messages at the fields, every entry kept), then saves it; the public directory
// shows it signed out without the notes for workers. Accessibility checked on each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';

describe('the service directory', () => {
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

  test('a practitioner adds a service after correcting bad input; the public sees it without internal notes', async () => {
    const page = await newPage(browser);
    let servicePath;
    try {
      await withScreenshotOnFailure(page, 'services-list', async () => {
        await signInAt(page, server, DEMO.practitioner, '/services');
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Services');
        await expectNoAxeViolations(page, 'services');
        await page.getByLabel('Level of need', { exact: true }).selectOption('specialist');
        await page.getByRole('button', { name: 'Find services' }).click();
        await page.waitForURL((url) => url.searchParams.get('level') === 'specialist');
        assert.match(await page.locator('main').textContent(), /Riverside Perinatal Mental Health Team/);
        assert.doesNotMatch(await page.locator('main').textContent(), /Riverside Food Bank/);
      });

      await withScreenshotOnFailure(page, 'services-bad-input', async () => {
        await page.goto(`${server.url}/services/new`);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Add a service');
        await expectNoAxeViolations(page, 'services-new');
        await page.getByLabel('Name of the service', { exact: true }).fill('Riverside Breastfeeding Circle');
        await page.getByLabel('Level of need', { exact: true }).selectOption('universal');
        await page.getByLabel('Type of service', { exact: true }).selectOption('family_hub');
        await page.getByLabel('What it offers', { exact: true }).fill('A weekly circle for feeding questions.');
        await page.getByLabel('Feeding', { exact: true }).check();
        await page.getByLabel('Postcode districts it covers (optional)', { exact: true }).fill('RV1, RIVERSIDE');
        await page.getByLabel('How to refer', { exact: true }).selectOption('phone');
        await page.getByLabel('Phone number, email address or web address for referrals', { exact: true }).fill('call Jo');
        await page.getByLabel('Days it usually takes to answer a referral', { exact: true }).fill('0');
        await page.getByLabel('Notes for workers (optional)', { exact: true }).fill('Jo runs it; ask for her by name.');
        await page.getByRole('button', { name: 'Add service' }).click();

        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.equal(await page.title(), 'Error: Add a service – Alongside');
        const links = summary.getByRole('link');
        assert.equal(await links.count(), 3);
        assert.equal(await links.nth(0).getAttribute('href'), '#postcode_districts');
        assert.match(await page.locator('#postcode_districts-error').textContent(), /"RIVERSIDE" is not a postcode district/);
        assert.match(await page.locator('#referral_contact-error').textContent(), /Enter a phone number, like 01632 960 123/);
        assert.match(await page.locator('#response_days-error').textContent(), /from 1 to 90/);
        assert.equal(await page.getByLabel('Name of the service', { exact: true }).inputValue(), 'Riverside Breastfeeding Circle');
        assert.equal(await page.getByLabel('Type of service', { exact: true }).inputValue(), 'family_hub');
        assert.equal(await page.getByLabel('Notes for workers (optional)', { exact: true }).inputValue(), 'Jo runs it; ask for her by name.');
        assert.ok(await page.getByLabel('Feeding', { exact: true }).isChecked());
        await expectNoAxeViolations(page, 'services-new-errors');
      });

      await withScreenshotOnFailure(page, 'services-saved', async () => {
        await page.getByLabel('Postcode districts it covers (optional)', { exact: true }).fill('RV1, RV2');
        await page.getByLabel('Phone number, email address or web address for referrals', { exact: true }).fill('01632 960 321');
        await page.getByLabel('Days it usually takes to answer a referral', { exact: true }).fill('4');
        await page.getByRole('button', { name: 'Add service' }).click();
        await page.waitForURL((url) => /^\/services\/[0-9a-f-]{36}$/.test(url.pathname));
        servicePath = new URL(page.url()).pathname;
        assert.match(await page.locator('body').textContent(), /Service added to the directory/);
        assert.match(await page.locator('main').textContent(), /Jo runs it; ask for her by name\./);
        await expectNoAxeViolations(page, 'service-detail');
      });
    } finally {
      await page.close();
    }

    const visitor = await newPage(browser);
    try {
      await withScreenshotOnFailure(visitor, 'directory-public', async () => {
        await visitor.goto(`${server.url}/directory`);
        assert.equal((await visitor.getByRole('heading', { level: 1 }).textContent()).trim(), 'Find support near you');
        await visitor.getByLabel('Search by name or what it offers', { exact: true }).fill('breastfeeding');
        await visitor.getByLabel('Postcode', { exact: true }).fill('rv2 7xy');
        await visitor.getByRole('button', { name: 'Find services' }).click();
        await visitor.waitForURL((url) => url.searchParams.get('q') === 'breastfeeding');
        await expectNoAxeViolations(visitor, 'directory');
        await visitor.getByRole('link', { name: 'Riverside Breastfeeding Circle' }).click();
        await visitor.waitForURL(`${server.url}${servicePath.replace('/services/', '/directory/')}`);
        const text = await visitor.locator('main').textContent();
        assert.match(text, /01632 960 321/);
        assert.doesNotMatch(text, /Jo runs it/);
        await expectNoAxeViolations(visitor, 'directory-detail');
      });
    } finally {
      await visitor.close();
    }
  });
});
