// The administrator adds a person in a real browser: bad input first, then good input,
// with accessibility checks on each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, withScreenshotOnFailure } from '../support/browser.mjs';

const PROGRAMME = 'Riverside Community Parents (demo)';

describe('adding a person', () => {
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

  test('the administrator corrects bad input, then sees the new person in the list', async () => {
    const page = await newPage(browser);
    const email = `grace.hopper.${process.pid}.${Date.now().toString(36)}@example.test`;
    try {
      await withScreenshotOnFailure(page, 'admin-sign-in', async () => {
        await page.goto(`${server.url}/admin/users/new`);
        // Signed out: sign in first, then back to the form.
        await page.waitForURL((url) => url.pathname === '/login');
        await page.getByLabel('Email address', { exact: true }).fill(DEMO.admin);
        await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${server.url}/admin/users/new`);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Add a person');
        await expectNoAxeViolations(page, 'admin-new-user');
      });

      await withScreenshotOnFailure(page, 'admin-bad-input', async () => {
        await page.getByLabel('Full name', { exact: true }).fill('Grace Hopper');
        await page.getByLabel('Email address', { exact: true }).fill('grace.hopper at example');
        await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Peer supporter' });
        // The organisation is left out: a peer supporter needs one.
        await page.getByRole('button', { name: 'Add person' }).click();

        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.equal(await page.title(), 'Error: Add a person – Alongside');
        assert.match(await summary.textContent(), /There is a problem/);
        const links = summary.getByRole('link');
        assert.equal(await links.count(), 2);
        assert.equal(await links.nth(0).getAttribute('href'), '#email');
        assert.equal((await links.nth(0).textContent()).trim(), 'Enter an email address in the correct format, like name@example.com');
        assert.equal(await links.nth(1).getAttribute('href'), '#organisation_id');
        assert.equal((await links.nth(1).textContent()).trim(), 'Select the organisation this role is held in');
        assert.match(await page.locator('#email-error').textContent(), /Enter an email address in the correct format/);
        assert.match(await page.locator('#organisation_id-error').textContent(), /Select the organisation this role is held in/);

        // Every entry is kept.
        assert.equal(await page.getByLabel('Full name', { exact: true }).inputValue(), 'Grace Hopper');
        assert.equal(await page.getByLabel('Email address', { exact: true }).inputValue(), 'grace.hopper at example');
        assert.equal(await page.getByLabel('Role', { exact: true }).inputValue(), 'peer_supporter');
        assert.equal(await page.getByLabel('Organisation', { exact: true }).inputValue(), '');
        await expectNoAxeViolations(page, 'admin-new-user-errors');

        // The summary's links lead to the fields.
        await links.nth(0).click();
        await page.waitForFunction(() => document.activeElement?.id === 'email', null, { timeout: 5_000 });
        await links.nth(1).click();
        await page.waitForFunction(() => document.activeElement?.id === 'organisation_id', null, { timeout: 5_000 });
      });

      await withScreenshotOnFailure(page, 'admin-good-input', async () => {
        await page.getByLabel('Email address', { exact: true }).fill(email);
        const organisation = page.getByLabel('Organisation', { exact: true });
        const label = await organisation.locator('option').filter({ hasText: PROGRAMME }).first().textContent();
        await organisation.selectOption({ label: label.trim() });
        await page.getByRole('button', { name: 'Add person' }).click();

        await page.waitForURL((url) => url.pathname === '/admin/users');
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'People');
        await page.getByText('Person added.').first().waitFor({ timeout: 5_000 });
        const row = page.locator('tbody tr').filter({ hasText: email });
        assert.equal(await row.count(), 1, `${email} should be listed once`);
        assert.equal((await row.getByRole('link').textContent()).trim(), 'Grace Hopper');
        assert.match(await row.textContent(), new RegExp(`Peer supporter, ${PROGRAMME.replace(/[()]/g, '\\$&')}`));
        assert.match(await row.textContent(), /Invited/);
        await expectNoAxeViolations(page, 'admin-users');
      });
    } finally {
      await page.context().close();
    }
  });
});
