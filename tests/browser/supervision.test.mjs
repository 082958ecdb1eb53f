// Training and supervision in a real browser: the coordinator sees who is overdue, logs a
// one-to-one supervision of Sam with bad input first (messages at the fields, entries
// kept), then with a reflective note; Sam signs in and reads the note on their own
// supervision tab; the coordinator records attendance at a training session and Sam's
// training tab shows the completion. Every page passes axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';

describe('training and supervision', () => {
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

  test('the coordinator logs a one-to-one and the supervisee reads its note', async () => {
    const page = await newPage(browser);
    let samPath;
    await withScreenshotOnFailure(page, 'supervision-log', async () => {
      await signInAt(page, server, DEMO.coordinator, '/programme/supervision');
      await expectNoAxeViolations(page, 'supervision-list');
      const lena = page.getByRole('row', { name: /Lena Novak/ });
      assert.match(await lena.textContent(), /Overdue/);
      await page.getByRole('link', { name: 'Sam Supporter' }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/supervision'));
      samPath = new URL(page.url()).pathname;
      await expectNoAxeViolations(page, 'volunteer-supervision');

      await page.getByLabel('Date of the supervision').fill('');
      await page.getByLabel('How long it lasted, in minutes').fill('0');
      await page.getByLabel('Boundaries').check();
      await page.getByLabel('Actions agreed (optional)').fill('Sam to read the endings leaflet');
      await page.getByLabel('Reflective note (optional, one-to-one only)').fill('Sam is finding the late visits hard.');
      await page.getByRole('button', { name: 'Log supervision' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      assert.match(await page.title(), /^Error: /);
      const hrefs = await summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, ['#held_on', '#duration_minutes']);
      assert.match(await page.locator('#held_on-error').textContent(), /Enter the date of the supervision/);
      assert.equal(await page.getByLabel('Actions agreed (optional)').inputValue(), 'Sam to read the endings leaflet');
      assert.equal(await page.getByLabel('Reflective note (optional, one-to-one only)').inputValue(),
        'Sam is finding the late visits hard.');
      assert.ok(await page.getByLabel('Boundaries').isChecked(), 'the ticked theme is kept');
      await expectNoAxeViolations(page, 'volunteer-supervision-errors');

      const today = new Date().toISOString().slice(0, 10);
      await page.getByLabel('Date of the supervision').fill(today);
      await page.getByLabel('How long it lasted, in minutes').fill('50');
      await page.getByRole('button', { name: 'Log supervision' }).click();
      await page.waitForURL((url) => url.search === '?done=logged');
      assert.match(await page.locator('main').textContent(), /Sam is finding the late visits hard\./);
      await expectNoAxeViolations(page, 'volunteer-supervision-logged');
    });
    await page.context().close();

    const sam = await newPage(browser);
    await withScreenshotOnFailure(sam, 'supervision-supervisee', async () => {
      // /programme/me takes a volunteer with one record straight to it.
      await signInAt(sam, server, DEMO.supporter, samPath.replace(/\/supervision$/, ''));
      await sam.getByRole('link', { name: 'Supervision', exact: true }).click();
      await sam.waitForURL((url) => url.pathname === samPath);
      assert.match(await sam.locator('main').textContent(), /Sam is finding the late visits hard\./);
      assert.equal(await sam.getByRole('button', { name: 'Log supervision' }).count(), 0, 'a volunteer does not log supervision');
      await expectNoAxeViolations(sam, 'own-supervision');
      await sam.getByLabel('How are they doing?').selectOption('4');
      await sam.getByRole('button', { name: 'Record check-in' }).click();
      await sam.waitForURL((url) => url.search === '?done=checkin');
      assert.match(await sam.locator('main').textContent(), /4: Doing well/);
      await expectNoAxeViolations(sam, 'own-supervision-checkin');
    });
    await sam.context().close();
  });

  test('the coordinator records attendance at a training session', async () => {
    const page = await newPage(browser);
    await withScreenshotOnFailure(page, 'training-attendance', async () => {
      await signInAt(page, server, DEMO.coordinator, '/programme/training');
      await expectNoAxeViolations(page, 'training');
      await page.getByRole('button', { name: 'Add a session' }).click();
      await expectNoAxeViolations(page, 'training-new-session');
      await page.getByLabel('Where (optional)').fill('The library');
      await page.getByLabel('Start time (optional)').fill('7pm');
      await page.getByRole('button', { name: 'Add session' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      const hrefs = await page.locator('.nhsuk-error-summary').getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, ['#module_id', '#held_on', '#start_time']);
      assert.equal(await page.getByLabel('Where (optional)').inputValue(), 'The library');
      await expectNoAxeViolations(page, 'training-new-session-errors');
      await page.getByLabel('Module').selectOption({ label: 'Boundaries' });
      await page.getByLabel('Date', { exact: true }).fill('2026-01-20');
      await page.getByLabel('Start time (optional)').fill('19:00');
      await page.getByRole('button', { name: 'Add session' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/programme/training/sessions/'));
      await expectNoAxeViolations(page, 'training-session');
      await page.getByLabel(/Sam Supporter/).check();
      await page.getByRole('button', { name: 'Save attendance' }).click();
      await page.waitForURL((url) => url.search === '?done=saved');
      assert.match(await page.locator('main').textContent(), /Sam Supporter \(Active; Attended\)/);
      await expectNoAxeViolations(page, 'training-session-saved');

      await page.goto(`${server.url}/programme/volunteers`);
      await page.getByRole('link', { name: 'Sam Supporter' }).click();
      await page.getByRole('link', { name: 'Training', exact: true }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/training'));
      await expectNoAxeViolations(page, 'volunteer-training');
      assert.match(await page.locator('main').textContent(), /Boundaries, 20 January 2026 \(Attended a session\)/);
    });
    await page.context().close();
  });
});
