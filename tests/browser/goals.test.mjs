// Goals and the care plan in a real browser: the supporter sets a goal (after correcting
// bad input), ticks a step, adds progress and celebrates the achievement; saves a care plan
// twice and reads the earlier version; the parent adds progress on their own page. Every
// page passes axe, with and without errors shown.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, DEMO_PASSWORD, signIn, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, withScreenshotOnFailure } from '../support/browser.mjs';
import { putFamily, quote, sql, userId } from '../support/privacy_family.mjs';

async function signInAs(page, server, email, target) {
  await page.goto(`${server.url}${target}`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}${target}`);
}

async function errorLinks(page) {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  return summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

describe('goals and the care plan', () => {
  let server;
  let browser;
  let family;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    ({ family } = putFamily(server, 'Amira Browser', ['Amira Browser']));
    sql(server, `UPDATE caregivers SET linked_user_id = ${quote(userId(server, DEMO.parent))} WHERE family_id = ${quote(family)}`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a goal with progress, and its achievement celebrated', async () => {
    const page = await newPage(browser);
    const goals = `/families/${family}/goals`;
    await withScreenshotOnFailure(page, 'goals-empty', async () => {
      await signInAs(page, server, DEMO.supporter, goals);
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Goals');
      await expectNoAxeViolations(page, 'goals-empty');
      await page.getByRole('link', { name: 'Set a goal' }).click();
    });
    await withScreenshotOnFailure(page, 'goals-bad-input', async () => {
      await page.getByLabel('Goal area (optional)').selectOption('bonding_with_baby');
      await page.getByLabel('Step 1 (optional)').fill('Watch Sam bath Zara');
      await page.getByRole('button', { name: 'Set goal' }).click();
      assert.deepEqual(await errorLinks(page), ['#text']);
      assert.match(await page.title(), /^Error: /);
      assert.match(await page.locator('#text-error').textContent(), /Enter the goal in the family's own words/);
      assert.equal(await page.locator('#area').inputValue(), 'bonding_with_baby');
      assert.equal(await page.locator('#step_1').inputValue(), 'Watch Sam bath Zara');
      await expectNoAxeViolations(page, 'goals-new-errors');
    });
    await withScreenshotOnFailure(page, 'goals-set', async () => {
      await page.getByLabel("The goal, in the family's own words").fill('I want to feel confident bathing the twins');
      await page.getByLabel('Step 2 (optional)').fill('Bath one twin with my mum there');
      await page.getByRole('button', { name: 'Set goal' }).click();
      await page.waitForURL(/done=created/);
      await page.getByRole('link', { name: 'I want to feel confident bathing the twins' }).click();
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'I want to feel confident bathing the twins');
      await expectNoAxeViolations(page, 'goal-detail');
    });
    await withScreenshotOnFailure(page, 'goals-progress', async () => {
      await page.locator('li', { hasText: 'Watch Sam bath Zara' }).getByRole('button', { name: /^Mark as done/ }).click();
      await page.getByText('1 of 2 steps done').first().waitFor();
      await page.getByLabel('Date').fill('32 1 2020');
      await page.getByLabel('How is it going?').fill('Bathed Zara with me watching');
      await page.getByRole('button', { name: 'Add progress' }).click();
      assert.deepEqual(await errorLinks(page), ['#progress_date']);
      assert.equal(await page.locator('#progress_note').inputValue(), 'Bathed Zara with me watching');
      await expectNoAxeViolations(page, 'goal-progress-errors');
      await page.getByLabel('Date').fill('');
      await page.getByRole('button', { name: 'Add progress' }).click();
      await page.waitForURL(/done=progress/);
      await page.getByText('Bathed Zara with me watching').waitFor();
    });
    await withScreenshotOnFailure(page, 'goals-achieved', async () => {
      await page.getByLabel('Achieved').check();
      await page.getByLabel('A note about this (optional)').fill('Both twins, no tears');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/done=achieved/);
      const panel = page.locator('section.app-celebration');
      assert.equal((await panel.getByRole('heading', { level: 2 }).textContent()).trim(), 'Achieved');
      assert.match(await panel.textContent(), /I want to feel confident bathing the twins/);
      assert.match(await panel.textContent(), /1 of 2 steps done/);
      await expectNoAxeViolations(page, 'goals-achieved');
    });
  });

  test('a care plan saved twice, with bad input kept, and the earlier version readable', async () => {
    const page = await newPage(browser);
    const plan = `/families/${family}/plan`;
    await withScreenshotOnFailure(page, 'plan-first', async () => {
      await signInAs(page, server, DEMO.supporter, plan);
      await expectNoAxeViolations(page, 'plan-empty');
      await page.getByRole('link', { name: 'Write the plan together' }).click();
      await page.getByLabel('What matters to us').fill('Feeling less alone');
      await page.locator('#action_1_who').fill('Me');
      await page.locator('#action_1_what').fill('');
      await page.getByLabel('Review date').fill('not a date');
      await page.getByRole('button', { name: 'Save as a new version' }).click();
      assert.deepEqual(await errorLinks(page), ['#review_date', '#action_1_what']);
      assert.equal(await page.locator('#what_matters').inputValue(), 'Feeling less alone');
      assert.equal(await page.locator('#action_1_who').inputValue(), 'Me');
      assert.equal(await page.locator('#review_date').inputValue(), 'not a date');
      await expectNoAxeViolations(page, 'plan-errors');
      await page.locator('#action_1_what').fill('Go to the Tuesday baby group');
      await page.getByLabel('Review date').fill('1 3 2099');
      await page.getByRole('button', { name: 'Save as a new version' }).click();
      await page.waitForURL(/done=saved/);
      await page.getByText('Version 1 of 1').waitFor();
    });
    await withScreenshotOnFailure(page, 'plan-second', async () => {
      await page.getByRole('link', { name: 'Update the plan' }).click();
      assert.equal(await page.locator('#action_1_what').inputValue(), 'Go to the Tuesday baby group');
      await page.getByLabel('What matters to us').fill('Feeling less alone, and sleeping more');
      await page.getByRole('button', { name: 'Save as a new version' }).click();
      await page.waitForURL(/done=saved/);
      await page.getByText('Version 2 of 2').waitFor();
      await expectNoAxeViolations(page, 'plan-v2');
      await page.getByRole('link', { name: 'Version 1' }).click();
      await page.getByText('Version 1 of 2').waitFor();
      assert.match(await page.locator('.app-family-words').textContent(), /^Feeling less alone$/);
      await expectNoAxeViolations(page, 'plan-v1');
    });
  });

  test("the parent's own view: their goals, plan and supporter, and progress in their own words", async () => {
    const page = await newPage(browser);
    await withScreenshotOnFailure(page, 'my-family', async () => {
      await signInAs(page, server, DEMO.parent, '/');
      await page.getByRole('link', { name: 'Your family' }).first().click();
      await page.waitForURL(`${server.url}/my-family`);
      assert.match(await page.textContent('main'), /Riverside Community Parents \(demo\)/);
      assert.match(await page.textContent('main'), /Feeling less alone, and sleeping more/);
      await expectNoAxeViolations(page, 'my-family');
    });
    const token = await signIn(server.url, DEMO.supporter);
    const created = await fetch(`${server.url}/api/v1/families/${family}/goals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Get out for a walk every day' }),
    });
    assert.equal(created.status, 201);
    await withScreenshotOnFailure(page, 'my-family-progress', async () => {
      await page.reload();
      const card = page.locator('.nhsuk-card', { hasText: 'Get out for a walk every day' });
      await card.getByRole('button', { name: 'Add progress' }).click();
      assert.equal((await errorLinks(page)).length, 1);
      await expectNoAxeViolations(page, 'my-family-errors');
      const form = page.locator('.nhsuk-card', { hasText: 'Get out for a walk every day' });
      await form.getByLabel('How is it going? In your own words').fill('Walked to the park with the twins');
      await form.getByRole('button', { name: 'Add progress' }).click();
      await page.waitForURL(/done=progress/);
      assert.match(await page.textContent('main'), /Walked to the park with the twins/);
    });
  });
});
