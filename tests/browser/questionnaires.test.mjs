// A PHQ-9 in a real browser: the supporter fills it in leaving one question out, gets the
// form back with every answer kept and a message at the missing question; then saves it with
// item 9 answered "Several days", sees the safety alert's steps at once, cannot resolve the
// alert without saying what was done, and resolves it. Every page passes axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';
import { putFamily, quote, sql } from '../support/privacy_family.mjs';

const ANSWERS = ['Several days', 'More than half the days', 'Not at all', 'Several days', 'Not at all',
  'Several days', 'Not at all', 'Not at all', 'Several days'];

async function answer(page, number, label) {
  await page.getByRole('group', { name: new RegExp(`^${number}\\. `) }).getByLabel(label, { exact: true }).check();
}

describe('a PHQ-9 with a safety alert', () => {
  let server;
  let browser;
  let family;

  before(async () => {
    server = await startServer({ seed: true });
    browser = await launchBrowser();
    ({ family } = putFamily(server, 'Nadia Browser', ['Nadia Browser']));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('missing answer first, then item 9 raises the alert, which is resolved only with an action', async () => {
    const page = await newPage(browser);
    const list = `/families/${family}/questionnaires`;
    await withScreenshotOnFailure(page, 'questionnaires-empty', async () => {
      await signInAt(page, server, DEMO.supporter, list);
      assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Questionnaires');
      await expectNoAxeViolations(page, 'questionnaires-empty');
      await page.getByRole('link', { name: 'Start PHQ-9' }).click();
      await page.waitForURL(/code=phq-9/);
      await expectNoAxeViolations(page, 'phq9-form');
    });
    await withScreenshotOnFailure(page, 'phq9-missing', async () => {
      for (let i = 0; i < 9; i += 1) if (i !== 4) await answer(page, i + 1, ANSWERS[i]);
      await answer(page, 10, 'Somewhat difficult');
      await page.getByRole('button', { name: 'Save answers' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['#answer-5']);
      assert.match(await page.title(), /^Error: /);
      assert.match(await page.locator('#answer-5-error').textContent(), /Choose an answer to question 5/);
      assert.equal(await page.locator('#answer-2-3').isChecked(), true, 'question 2 kept "More than half the days"');
      assert.equal(await page.locator('#answer-difficulty-2').isChecked(), true);
      await expectNoAxeViolations(page, 'phq9-errors');
    });
    await withScreenshotOnFailure(page, 'phq9-alert', async () => {
      await answer(page, 5, 'Not at all');  // 1 + 2 + 0 + 1 + 0 + 1 + 0 + 0 + 1 = 6, item 9 at 1
      await page.getByRole('button', { name: 'Save answers' }).click();
      await page.waitForURL(/done=saved/);
      const callout = page.locator('.app-safety-alert');
      assert.match(await callout.textContent(), /Thoughts of being better off dead or of self-harm/);
      assert.match(await callout.textContent(), /call 999/);
      assert.equal((await page.locator('.app-score').textContent()).trim(), '6');
      await expectNoAxeViolations(page, 'phq9-result-alert');
      const tasks = Number(sql(server, `SELECT COUNT(*) FROM tasks WHERE family_id = ${quote(family)} AND status = 'open'`));
      assert.equal(tasks, 1, 'a task for the coordinator');
      await page.getByRole('link', { name: /Record what was done/ }).click();
      await expectNoAxeViolations(page, 'alert-open');
    });
    await withScreenshotOnFailure(page, 'alert-resolve', async () => {
      await page.getByLabel('Note of what was done and agreed').fill('Talked it through with Nadia.');
      await page.getByRole('button', { name: 'Resolve alert' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      assert.match(await summary.textContent(), /Choose what was done about this alert/);
      assert.equal(await page.getByLabel('Note of what was done and agreed').inputValue(), 'Talked it through with Nadia.');
      await expectNoAxeViolations(page, 'alert-errors');
      await page.getByLabel('Talked it through with the parent and agreed a safety plan').check();
      await page.getByRole('button', { name: 'Resolve alert' }).click();
      await page.waitForURL(/done=resolved/);
      assert.match(await page.locator('main').textContent(), /by Sam Supporter/);
      await expectNoAxeViolations(page, 'alert-resolved');
      await page.goto(`${server.url}${list}`);
      assert.equal(await page.locator('.app-safety-alerts').count(), 0, 'no open alert left');
      await expectNoAxeViolations(page, 'questionnaires-done');
    });
  });
});
