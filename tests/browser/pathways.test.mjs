// Services and signposting in a real browser: the supporter opens a family's Services tab and
// sees suggestions with their reasons, signposts with bad input first (messages at the
// fields, every entry kept), then saves it and records whether it helped; the parent sees
// who is involved with their family. Accessibility checked on each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';
import { sql } from '../support/privacy_family.mjs';
import { addCommunityService, addSignpostFamily } from '../support/signpost_family.mjs';

describe('services and signposting', () => {
  let server;
  let browser;
  let family;
  let service;

  before(async () => {
    server = await startServer({ seed: true });
    family = addSignpostFamily(server, 'Pia Pathways');
    service = addCommunityService(server, 'Calm Together group');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the supporter sees suggestions, signposts after correcting bad input, then records the answer', async () => {
    const page = await newPage(browser);
    const tab = `/families/${family}/pathways`;
    try {
      await withScreenshotOnFailure(page, 'pathways-suggestions', async () => {
        await signInAt(page, server, DEMO.supporter, tab);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Services');
        const current = page.locator('.app-family-tabs [aria-current="page"]');
        assert.equal((await current.textContent()).trim(), 'Services');
        const card = page.locator('.app-suggestion', { hasText: 'Calm Together group' });
        const reasons = await card.locator('.app-suggestion__reasons li').allTextContents();
        assert.ok(reasons.includes('Covers RV1'), reasons.join('; '));
        assert.ok(reasons.includes('For parental mental health, a focus for this family'), reasons.join('; '));
        await expectNoAxeViolations(page, 'pathways');
      });

      await withScreenshotOnFailure(page, 'signpost-bad-input', async () => {
        await page.locator('.app-suggestion', { hasText: 'Calm Together group' })
          .getByRole('link', { name: 'Signpost to Calm Together group' }).click();
        await page.waitForURL((url) => url.pathname === `/families/${family}/signposts/new`);
        assert.equal(await page.getByLabel('Service from the directory').inputValue(), service);
        await expectNoAxeViolations(page, 'signpost-form');
        // A name typed as well as a directory service, and no way of giving it chosen.
        await page.getByLabel('Or the name of a service that is not in the directory').fill('Baby bank');
        await page.getByLabel('Note for the team (optional)').fill('She wants to go on Tuesday');
        await page.getByLabel('In 28 days').check();
        await page.getByRole('button', { name: 'Save signpost' }).click();

        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.match(await page.title(), /^Error: Signpost to a service/);
        const links = summary.getByRole('link');
        assert.equal(await links.count(), 2);
        assert.equal(await links.nth(0).getAttribute('href'), '#service_name');
        assert.equal(await links.nth(1).getAttribute('href'), '#how');
        assert.match(await page.locator('#how-error').textContent(), /Choose how you gave the family the information/);
        assert.equal(await page.getByLabel('Service from the directory').inputValue(), service);
        assert.equal(await page.getByLabel('Or the name of a service that is not in the directory').inputValue(), 'Baby bank');
        assert.equal(await page.getByLabel('Note for the team (optional)').inputValue(), 'She wants to go on Tuesday');
        assert.ok(await page.getByLabel('In 28 days').isChecked());
        await expectNoAxeViolations(page, 'signpost-errors');
      });

      await withScreenshotOnFailure(page, 'signpost-saved', async () => {
        await page.getByLabel('Or the name of a service that is not in the directory').fill('');
        await page.getByLabel('On the phone').check();
        await page.getByRole('button', { name: 'Save signpost' }).click();
        await page.waitForURL(`${server.url}${tab}?done=signposted`);
        assert.match(await page.locator('body').textContent(), /A follow-up task has been added/);
        const row = page.locator('.app-signposts tbody tr', { hasText: 'Calm Together group' });
        assert.match(await row.textContent(), /Ask by/);
        const due = sql(server, `SELECT follow_up_due FROM signposts WHERE family_id = '${family}'`);
        const expected = new Date(Date.now() + 28 * 86400000).toISOString().slice(0, 10);
        assert.ok(Math.abs(Date.parse(due) - Date.parse(expected)) <= 86400000, `due in 28 days: ${due}`);
        await expectNoAxeViolations(page, 'pathways-signposted');
      });

      await withScreenshotOnFailure(page, 'signpost-follow-up', async () => {
        await page.getByRole('link', { name: 'Record the answer about Calm Together group' }).click();
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Did Calm Together group help?');
        await page.getByRole('button', { name: 'Save answer' }).click();
        await page.locator('.nhsuk-error-summary').waitFor();
        assert.match(await page.locator('#outcome-error').textContent(), /Choose what the family said about it/);
        await expectNoAxeViolations(page, 'follow-up-errors');
        await page.getByLabel('It helped', { exact: true }).check();
        await page.getByLabel('What did they say? (optional)').fill('She has been twice');
        await page.getByRole('button', { name: 'Save answer' }).click();
        await page.waitForURL(`${server.url}${tab}?done=followed_up`);
        const row = page.locator('.app-signposts tbody tr', { hasText: 'Calm Together group' });
        assert.match(await row.textContent(), /It helped/);
        assert.equal(sql(server, `SELECT t.status FROM tasks t JOIN signposts s ON s.follow_up_task_id = t.id
          WHERE s.family_id = '${family}'`), 'done');
      });
    } finally {
      await page.close();
    }
  });

  test('the parent sees who is involved with their family', async () => {
    const page = await newPage(browser);
    try {
      await withScreenshotOnFailure(page, 'my-family-involved', async () => {
        await signInAt(page, server, DEMO.parent, '/my-family');
        const body = await page.locator('main').textContent();
        assert.match(body, /Who is involved with your family/);
        assert.match(body, /Riverside Community Parents \(demo\)/);
        assert.match(body, /Calm Together group/);
        assert.doesNotMatch(body, /She wants to go on Tuesday/, 'the worker\'s note stays with the workers');
        await expectNoAxeViolations(page, 'my-family');
      });
    } finally {
      await page.close();
    }
  });
});
