// A peer supporter records a contact in a real browser: bad input first (messages at the
// fields, entries kept), then saved as a draft, then submitted; with accessibility checks
// on each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, withScreenshotOnFailure } from '../support/browser.mjs';
import { addDemoFamily } from '../support/contact_family.mjs';

describe('recording a contact', () => {
  let server;
  let browser;
  let family;

  before(async () => {
    server = await startServer({ seed: true });
    family = addDemoFamily(server.databaseUrl, { name: 'Rosa Example' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the supporter corrects bad input, saves a draft, then submits it', async () => {
    const page = await newPage(browser);
    const contacts = `${server.url}/families/${family.familyId}/contacts`;
    try {
      await withScreenshotOnFailure(page, 'contact-sign-in', async () => {
        await page.goto(`${contacts}/new`);
        await page.waitForURL((url) => url.pathname === '/login');
        await page.getByLabel('Email address', { exact: true }).fill(DEMO.supporter);
        await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${contacts}/new`);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Record a contact');
        await expectNoAxeViolations(page, 'contact-new');
      });

      await withScreenshotOnFailure(page, 'contact-bad-input', async () => {
        await page.getByLabel('Kind of contact', { exact: true }).selectOption({ label: 'Home visit' });
        await page.getByLabel('Date', { exact: true }).fill('31 2 2026');
        await page.getByLabel('How long, in minutes', { exact: true }).fill('ninety');
        await page.getByLabel('Rosa Example', { exact: true }).check();
        await page.getByLabel('Sleep', { exact: true }).check();
        await page.getByLabel('Where (optional)', { exact: true }).fill('At home');
        await page.getByLabel('Notes (optional)', { exact: true }).fill('We talked about naps.');
        await page.getByRole('button', { name: 'Save as draft' }).click();

        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.equal(await page.title(), 'Error: Record a contact – Alongside');
        const links = summary.getByRole('link');
        assert.equal(await links.count(), 2);
        assert.equal(await links.nth(0).getAttribute('href'), '#date');
        assert.equal(await links.nth(1).getAttribute('href'), '#duration_minutes');
        assert.match(await page.locator('#date-error').textContent(), /Enter a real date/);
        assert.match(await page.locator('#duration_minutes-error').textContent(), /whole number from 1 to 720/);
        // Every entry is kept.
        assert.equal(await page.getByLabel('Kind of contact', { exact: true }).inputValue(), 'home_visit');
        assert.equal(await page.getByLabel('Date', { exact: true }).inputValue(), '31 2 2026');
        assert.equal(await page.getByLabel('How long, in minutes', { exact: true }).inputValue(), 'ninety');
        assert.ok(await page.getByLabel('Rosa Example', { exact: true }).isChecked());
        assert.ok(await page.getByLabel('Sleep', { exact: true }).isChecked());
        assert.equal(await page.getByLabel('Notes (optional)', { exact: true }).inputValue(), 'We talked about naps.');
        await expectNoAxeViolations(page, 'contact-new-errors');
        await links.nth(0).click();
        await page.waitForFunction(() => document.activeElement?.id === 'date', null, { timeout: 5_000 });
      });

      await withScreenshotOnFailure(page, 'contact-draft', async () => {
        await page.getByLabel('Date', { exact: true }).fill('2 3 2026');
        await page.getByLabel('How long, in minutes', { exact: true }).fill('');
        await page.getByRole('button', { name: 'Save as draft' }).click();
        await page.getByText('Saved as a draft.').first().waitFor({ timeout: 5_000 });
        assert.match(await page.locator('main').textContent(), /Draft/);
        await expectNoAxeViolations(page, 'contact-draft');

        // Submitting says what is still missing, on the form.
        await page.getByRole('button', { name: 'Submit contact' }).click();
        await page.locator('.nhsuk-error-summary').waitFor();
        assert.match(await page.locator('#duration_minutes-error').textContent(), /Enter how long the contact took/);
        assert.equal(await page.getByLabel('Date', { exact: true }).inputValue(), '2 March 2026');
        await expectNoAxeViolations(page, 'contact-submit-errors');
      });

      await withScreenshotOnFailure(page, 'contact-submit', async () => {
        await page.getByLabel('How long, in minutes', { exact: true }).fill('50');
        await page.getByRole('button', { name: 'Submit contact' }).click();
        await page.getByText('Contact submitted.').first().waitFor({ timeout: 5_000 });
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Home visit, 2 March 2026');
        const main = await page.locator('main').textContent();
        assert.match(main, /50 minutes/);
        assert.match(main, /We talked about naps\./);
        await expectNoAxeViolations(page, 'contact-show');

        await page.getByRole('link', { name: 'Contacts', exact: true }).click();
        await page.waitForURL(contacts);
        const row = page.locator('tbody tr').filter({ hasText: '2 March 2026' });
        assert.equal(await row.count(), 1);
        assert.doesNotMatch(await row.textContent(), /Draft/);
        await expectNoAxeViolations(page, 'contact-list');

        await page.goto(`${server.url}/families/${family.familyId}/timeline`);
        assert.match(await page.locator('main').textContent(), /Home visit, 50 minutes/);
        await expectNoAxeViolations(page, 'timeline');

        await page.goto(`${server.url}/hours`);
        assert.match(await page.locator('main').textContent(), /March 2026\s*1\s*50 minutes/);
        await expectNoAxeViolations(page, 'hours');
      });
    } finally {
      await page.context().close();
    }
  });
});
