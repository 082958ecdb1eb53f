// Recording a family's consent in a real browser: bad input shows a message at each field
// and keeps every entry; withdrawing support asks for confirmation first and then takes
// effect; the consent and sensitive pages pass axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, withScreenshotOnFailure } from '../support/browser.mjs';
import { putFamily, quote, sql } from '../support/privacy_family.mjs';

describe('recording consent', () => {
  let server;
  let browser;
  let family;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    ({ family } = putFamily(server, 'Rosa Consent', ['Rosa Consent']));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the coordinator corrects bad input, records sharing, then withdraws support after confirming', async () => {
    const page = await newPage(browser);
    const consentUrl = `${server.url}/families/${family}/consent`;
    await withScreenshotOnFailure(page, 'consent-sign-in', async () => {
      await page.goto(consentUrl);
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByLabel('Email address', { exact: true }).fill(DEMO.coordinator);
      await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(consentUrl);
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Consent');
      await expectNoAxeViolations(page, 'consent');
    });

    await withScreenshotOnFailure(page, 'consent-bad-input', async () => {
      await page.getByLabel('What the family is deciding about').selectOption('sharing');
      await page.getByLabel('Date of the decision').fill('31 2 2026');
      await page.getByLabel('Note (optional)').fill('Happy for the health visitor to know');
      await page.getByRole('button', { name: 'Record decision' }).click();

      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      assert.match(await page.title(), /^Error: /);
      const hrefs = await summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, ['#organisation_id', '#decision', '#method', '#decided_on']);
      assert.match(await page.locator('#organisation_id-error').textContent(), /Select the service/);
      assert.match(await page.locator('#decided_on-error').textContent(), /format 14 3 2027/);
      assert.equal(await page.locator('#kind').inputValue(), 'sharing');
      assert.equal(await page.locator('#decided_on').inputValue(), '31 2 2026');
      assert.equal(await page.locator('#note').inputValue(), 'Happy for the health visitor to know');
      await expectNoAxeViolations(page, 'consent-errors');
    });

    await withScreenshotOnFailure(page, 'consent-sharing', async () => {
      await page.getByLabel('Service to share with').selectOption({ label: 'Riverside Health Visiting (demo)' });
      await page.getByLabel('Decision', { exact: true }).selectOption('given');
      await page.getByLabel('How the family told you').selectOption('written');
      await page.getByLabel('Date of the decision').fill('');
      await page.getByRole('button', { name: 'Record decision' }).click();
      await page.waitForURL((url) => url.search === '?done=recorded');
      const current = await page.locator('table').first().textContent();
      assert.match(current, /Sharing with Riverside Health Visiting \(demo\)\s*Given/);
    });

    await withScreenshotOnFailure(page, 'consent-withdraw', async () => {
      await page.getByLabel('What the family is deciding about').selectOption('support');
      await page.getByLabel('Decision', { exact: true }).selectOption('withdrawn');
      await page.getByLabel('How the family told you').selectOption('phone');
      await page.getByRole('button', { name: 'Record decision' }).click();
      await page.getByRole('heading', { level: 1, name: "Withdraw the family's consent to support?" }).waitFor();
      assert.equal(sql(server, `SELECT support_consent FROM families WHERE id = ${quote(family)}`), '1',
        'nothing changes before confirming');
      await expectNoAxeViolations(page, 'consent-withdraw-confirm');
      await page.getByRole('button', { name: 'Withdraw consent to support' }).click();
      await page.waitForURL((url) => url.search === '?done=recorded');
      assert.equal(sql(server, `SELECT support_consent FROM families WHERE id = ${quote(family)}`), '0');
      assert.match(await page.locator('.nhsuk-inset-text').textContent(), /does not currently agree to support/);
      assert.equal(sql(server, `SELECT COUNT(*) FROM consent_records WHERE family_id = ${quote(family)}`), '3');
    });
    await page.context().close();
  });

  test('the supporter adds a sensitive note; the page warns it is not shown to the family', async () => {
    const page = await newPage(browser);
    const other = putFamily(server, 'Noor Sensitive', ['Noor Sensitive']).family;
    const url = `${server.url}/families/${other}/sensitive`;
    await withScreenshotOnFailure(page, 'sensitive', async () => {
      await page.goto(url);
      await page.waitForURL((u) => u.pathname === '/login');
      await page.getByLabel('Email address', { exact: true }).fill(DEMO.supporter);
      await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(url);
      assert.match(await page.locator('.nhsuk-warning-callout').textContent(), /Not shown to the family/);
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      await expectNoAxeViolations(page, 'sensitive-errors');
      await page.getByLabel('What the note is about').selectOption('poverty');
      await page.getByLabel('Note', { exact: true }).fill('Skipping meals so the children can eat.');
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.waitForURL((u) => u.search === '?done=added');
      assert.match(await page.locator('.nhsuk-card').first().textContent(), /Skipping meals/);
      await expectNoAxeViolations(page, 'sensitive');
    });
    await page.context().close();
  });
});
