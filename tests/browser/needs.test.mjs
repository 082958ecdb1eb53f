// A whole needs conversation in a real browser, as a supporter and a parent sitting together
// would use it: start it, fill part, save a draft, sign out; sign back in another day and
// carry on with the draft; try to finish with a domain unrated (a message at the field, every
// entry kept); finish; read the suggested level with "suggested because …"; record a
// decision. Every page passes axe, with and without errors shown.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';
import { putFamily } from '../support/privacy_family.mjs';

async function errorLinks(page) {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  return summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

function domain(page, name) {
  return page.getByRole('group', { name: `How is "${name}" going, in the parent's view?` });
}

describe('a needs conversation', () => {
  let server;
  let browser;
  let family;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    ({ family } = putFamily(server, 'Noor Browser', ['Noor Browser']));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('start, save a draft, resume after signing in again, finish, decide', async () => {
    const page = await newPage(browser);
    const list = `/families/${family}/needs`;
    await withScreenshotOnFailure(page, 'needs-start', async () => {
      await signInAt(page, server, DEMO.supporter, list);
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Needs conversations');
      await expectNoAxeViolations(page, 'needs-empty');
      await page.getByRole('link', { name: 'Start a needs conversation' }).click();
      await expectNoAxeViolations(page, 'needs-new');
      await domain(page, 'Nurturing the relationship').getByLabel('4: Going well').check();
      await page.locator('#nurturing_relationship_going_well').fill('We sing at bath time');
      await page.getByRole('group', { name: 'Pressures on the family' }).getByLabel('Housing').check();
      await page.getByRole('group', { name: 'Adversities' }).getByLabel('Couple conflict').check();
      await page.getByRole('button', { name: 'Save as draft' }).click();
      await page.waitForURL(/done=saved/);
      assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /\(draft\)/);
      await page.getByRole('button', { name: 'Sign out' }).click();
    });

    const later = await newPage(browser);
    await withScreenshotOnFailure(later, 'needs-resume', async () => {
      await signInAt(later, server, DEMO.supporter, list);
      await later.getByRole('link', { name: 'Carry on with the draft' }).click();
      assert.equal(await later.locator('#nurturing_relationship_going_well').inputValue(), 'We sing at bath time');
      assert.ok(await domain(later, 'Nurturing the relationship').getByLabel('4: Going well').isChecked());
      assert.ok(await later.getByRole('group', { name: 'Adversities' }).getByLabel('Couple conflict').isChecked());
      await domain(later, 'Caregiver self-capacity').getByLabel('2: Finding it hard').check();
      await later.locator('#caregiver_self_capacity_would_help').fill('Someone to talk to at night');
      await later.getByRole('button', { name: 'Finish' }).click();
      assert.deepEqual(await errorLinks(later), ['#navigating_support_rating']);
      assert.match(await later.title(), /^Error: /);
      assert.match(await later.locator('#navigating_support_rating-error').textContent(), /before finishing/);
      assert.equal(await later.locator('#caregiver_self_capacity_would_help').inputValue(), 'Someone to talk to at night');
      assert.ok(await domain(later, 'Caregiver self-capacity').getByLabel('2: Finding it hard').isChecked());
      assert.ok(await later.getByRole('group', { name: 'Pressures on the family' }).getByLabel('Housing').isChecked());
      await expectNoAxeViolations(later, 'needs-errors');
      await later.locator('.nhsuk-error-summary a').first().click();
    });

    await withScreenshotOnFailure(later, 'needs-finish', async () => {
      await domain(later, 'Navigating support and context').getByLabel('3: Getting by').check();
      await later.getByRole('button', { name: 'Finish' }).click();
      await later.waitForURL(/done=finished/);
      assert.equal((await later.getByRole('heading', { name: /^Suggested level of need/ }).textContent()).trim(),
        'Suggested level of need: Targeted');
      const reasons = await later.locator('.app-needs-reasons').textContent();
      assert.match(reasons, /suggested because the parent said looking after themselves and managing big feelings is hard/);
      assert.match(reasons, /suggested because there is conflict between the parents/);
      assert.match(reasons, /suggested because housing is a pressure on the family/);
      await expectNoAxeViolations(later, 'needs-suggestion');
    });

    await withScreenshotOnFailure(later, 'needs-decide', async () => {
      await later.getByLabel('Specialist').check();
      await later.getByRole('button', { name: 'Record the decision' }).click();
      assert.deepEqual(await errorLinks(later), ['#reason']);
      await expectNoAxeViolations(later, 'needs-decision-errors');
      await later.getByLabel(/^Why/).fill('She told me more about home after we finished');
      await later.getByRole('button', { name: 'Record the decision' }).click();
      await later.waitForURL(/done=decided/);
      assert.match(await later.locator('.nhsuk-summary-list').first().textContent(), /Specialist/);
      await later.goto(`${server.url}${list}`);
      assert.match(await later.locator('.app-needs-history').textContent(), /Specialist/);
      await expectNoAxeViolations(later, 'needs-list');
    });
  });
});
