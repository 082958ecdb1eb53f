// Tasks in a real browser: the coordinator corrects bad input on the reminder schedule
// (messages at the fields, entries kept) and saves it; the supporter adds a task for a
// family, sees it on their own list and marks it done. Accessibility checked on each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';

/** A family of the demo programme held by the demo supporter, put straight into the database. */
function addFamily(server, name) {
  const id = randomUUID();
  const now = Date.now();
  execFileSync('sqlite3', ['-cmd', '.timeout 5000', server.databaseUrl.slice('sqlite:'.length), `
    INSERT INTO families (id, organisation_id, area_id, supporter_user_id, support_consent, display_name, created_at, updated_at)
      SELECT '${id}', o.id, o.area_id, (SELECT id FROM users WHERE email = '${DEMO.supporter}'), 1, '${name}', ${now}, ${now}
      FROM organisations o WHERE o.name = 'Riverside Community Parents (demo)';
    INSERT INTO caregivers (id, family_id, name, created_at) VALUES ('${randomUUID()}', '${id}', '${name}', ${now});`]);
  return id;
}

describe('tasks and the reminder schedule', () => {
  let server;
  let browser;
  let family;

  before(async () => {
    server = await startServer({ seed: true });
    family = addFamily(server, 'Bea Browser');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the coordinator corrects bad input on the schedule, then saves it', async () => {
    const page = await newPage(browser);
    try {
      await withScreenshotOnFailure(page, 'schedule-bad-input', async () => {
        await signInAt(page, server, DEMO.coordinator, '/programme/schedule');
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Reminder schedule');
        await expectNoAxeViolations(page, 'schedule');

        await page.getByLabel('Days between contacts', { exact: true }).fill('0');
        await page.getByLabel('First contact by week of pregnancy', { exact: true }).fill('twenty');
        await page.getByLabel('Contact within days after the birth', { exact: true }).fill('5');
        await page.getByRole('button', { name: 'Save schedule' }).click();

        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.equal(await page.title(), 'Error: Reminder schedule – Alongside');
        const links = summary.getByRole('link');
        assert.equal(await links.count(), 2);
        assert.equal(await links.nth(0).getAttribute('href'), '#contact_interval_days');
        assert.equal((await links.nth(0).textContent()).trim(), 'Days between contacts must be between 1 and 90 days');
        assert.equal(await links.nth(1).getAttribute('href'), '#first_contact_week');
        assert.match(await page.locator('#contact_interval_days-error').textContent(), /between 1 and 90 days/);
        assert.match(await page.locator('#first_contact_week-error').textContent(), /must be a whole number/);
        // Every entry is kept, the good ones too.
        assert.equal(await page.getByLabel('Days between contacts', { exact: true }).inputValue(), '0');
        assert.equal(await page.getByLabel('First contact by week of pregnancy', { exact: true }).inputValue(), 'twenty');
        assert.equal(await page.getByLabel('Contact within days after the birth', { exact: true }).inputValue(), '5');
        await expectNoAxeViolations(page, 'schedule-errors');
      });

      await withScreenshotOnFailure(page, 'schedule-saved', async () => {
        await page.getByLabel('Days between contacts', { exact: true }).fill('10');
        await page.getByLabel('First contact by week of pregnancy', { exact: true }).fill('18');
        await page.getByRole('button', { name: 'Save schedule' }).click();
        await page.waitForURL(`${server.url}/programme/schedule?done=saved`);
        assert.match(await page.locator('body').textContent(), /Schedule saved/);
        assert.equal(await page.getByLabel('Days between contacts', { exact: true }).inputValue(), '10');
        assert.equal(await page.getByLabel('Contact within days after the birth', { exact: true }).inputValue(), '5');
      });
    } finally {
      await page.close();
    }
  });

  test('the supporter adds a task, finds it on their list and marks it done', async () => {
    const page = await newPage(browser);
    const tasksPath = `/families/${family}/tasks`;
    try {
      await withScreenshotOnFailure(page, 'task-add', async () => {
        await signInAt(page, server, DEMO.supporter, tasksPath);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Tasks');
        await expectNoAxeViolations(page, 'family-tasks');

        await page.getByRole('button', { name: 'Add task' }).click();
        await page.locator('.nhsuk-error-summary').waitFor();
        assert.match(await page.locator('#title-error').textContent(), /Enter what needs doing/);
        assert.match(await page.locator('#due_date-error').textContent(), /Enter the date it is due/);

        await page.getByLabel('What needs doing', { exact: true }).fill('Bring the library sling to try');
        await page.getByLabel('Due by', { exact: true }).fill('31 2 2099');
        await page.getByRole('button', { name: 'Add task' }).click();
        await page.locator('#due_date-error').waitFor();
        assert.equal(await page.getByLabel('What needs doing', { exact: true }).inputValue(), 'Bring the library sling to try');
        assert.match(await page.locator('#due_date-error').textContent(), /Enter a real date/);
        await expectNoAxeViolations(page, 'family-tasks-errors');

        const today = new Date();
        await page.getByLabel('Due by', { exact: true }).fill(`${today.getDate()} ${today.getMonth() + 1} ${today.getFullYear()}`);
        assert.equal(await page.getByLabel('Who will do it', { exact: true }).inputValue() !== '', true);
        await page.getByRole('button', { name: 'Add task' }).click();
        await page.waitForURL(`${server.url}${tasksPath}?done=added`);
        assert.match(await page.locator('table').first().textContent(), /Bring the library sling to try/);
      });

      await withScreenshotOnFailure(page, 'task-my-list', async () => {
        await page.goto(`${server.url}/tasks`);
        assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Your tasks');
        assert.match(await page.locator('table').textContent(), /Bea Browser[\s\S]*Bring the library sling to try/);
        await expectNoAxeViolations(page, 'my-tasks');
        await page.getByRole('link', { name: 'Bea Browser' }).first().click();
        await page.waitForURL(`${server.url}${tasksPath}`);
      });

      await withScreenshotOnFailure(page, 'task-done', async () => {
        await page.getByRole('row', { name: /Bring the library sling to try/ }).getByRole('button', { name: /Mark as done/ }).click();
        await page.waitForURL(`${server.url}${tasksPath}?done=completed`);
        assert.match(await page.locator('body').textContent(), /Task marked as done/);
        assert.match(await page.locator('.app-finished-tasks').textContent(), /Bring the library sling to try[\s\S]*done[\s\S]*Sam Supporter/);
        await expectNoAxeViolations(page, 'family-tasks-done');
      });
    } finally {
      await page.close();
    }
  });
});
