// Signing in, signing out and registering, in a real browser, with accessibility checks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, signIn, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, withScreenshotOnFailure } from '../support/browser.mjs';

describe('signing in and registering', () => {
  let server;
  let browser;
  let coordinatorName;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    const token = await signIn(server.url, DEMO.coordinator);
    const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    coordinatorName = (await me.json()).name;
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function fillSignIn(page, email, password) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  test('the coordinator signs in, sees their name, and signs out', async () => {
    const page = await newPage(browser);
    try {
      await withScreenshotOnFailure(page, 'sign-in', async () => {
        await page.goto(`${server.url}/login`);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent().then((t) => t.trim()), 'Sign in');
        await expectNoAxeViolations(page, 'login');

        await fillSignIn(page, DEMO.coordinator, DEMO_PASSWORD);
        await page.waitForURL(`${server.url}/`);
        const header = page.locator('header').first();
        await header.getByText(coordinatorName).first().waitFor({ timeout: 5_000 });
        await expectNoAxeViolations(page, 'home');
      });

      await withScreenshotOnFailure(page, 'sign-out', async () => {
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL((url) => url.pathname === '/login');
        await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
        await page.getByText('You have signed out').first().waitFor({ timeout: 5_000 });
        await page.goto(`${server.url}/`);
        assert.equal(new URL(page.url()).pathname, '/login', 'after signing out, home sends you to sign in');
      });
    } finally {
      await page.context().close();
    }
  });

  test('a failed sign-in shows the error summary and the message', async () => {
    const page = await newPage(browser);
    try {
      await withScreenshotOnFailure(page, 'failed-sign-in', async () => {
        await fillSignIn(page, DEMO.coordinator, 'not-the-password');
        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.match(await summary.textContent(), /There is a problem/);
        assert.match(await summary.textContent(), /Enter a correct email address and password/);
        assert.equal(new URL(page.url()).pathname, '/login');
        await expectNoAxeViolations(page, 'login-failed');
      });
    } finally {
      await page.context().close();
    }
  });

  test('registering with a bad email shows the error at the field and keeps the name', async () => {
    const page = await newPage(browser);
    try {
      await withScreenshotOnFailure(page, 'register-bad-email', async () => {
        await page.goto(`${server.url}/register`);
        await page.getByLabel('Full name', { exact: true }).fill('Ada Lovelace');
        await page.getByLabel('Email address', { exact: true }).fill('not-an-email');
        await page.getByLabel('Password', { exact: true }).fill('Correct-Horse-Battery-9');
        await page.getByLabel('Confirm password', { exact: true }).fill('Correct-Horse-Battery-9');
        await page.getByRole('button', { name: 'Create account' }).click();

        const error = page.locator('#email-error');
        await error.waitFor();
        assert.match(await error.textContent(), /Enter an email address in the correct format, like name@example\.com/);
        await page.locator('.nhsuk-error-summary').waitFor();
        assert.equal(await page.getByLabel('Full name', { exact: true }).inputValue(), 'Ada Lovelace');
        assert.equal(await page.getByLabel('Email address', { exact: true }).inputValue(), 'not-an-email');
        assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '');
        assert.equal(await page.getByLabel('Confirm password', { exact: true }).inputValue(), '');
        await expectNoAxeViolations(page, 'register-error');
      });
    } finally {
      await page.context().close();
    }
  });
});
