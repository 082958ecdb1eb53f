// Adapting the caregiving framework in a real browser: the administrator rewords a skill for
// parents, forgets the note and leaves a new skill half-written, corrects both and saves
// version 2; a peer supporter then reads the new wording at /framework. axe checks each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, startServer } from '../support/server.mjs';
import { expectNoAxeViolations, launchBrowser, newPage, signInAt, withScreenshotOnFailure } from '../support/browser.mjs';

const NEW_WORDS = 'Letting your baby know, every day and in small ways, that they are loved.';

describe('adapting the caregiving framework', () => {
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

  test('the administrator saves version 2 after one correction, and a supporter reads it', async () => {
    const admin = await newPage(browser);
    const supporter = await newPage(browser);
    try {
      await withScreenshotOnFailure(admin, 'framework-adapt-form', async () => {
        await signInAt(admin, server, DEMO.admin, '/admin/framework');
        assert.equal((await admin.getByRole('heading', { level: 1 }).textContent()).trim(), 'Adapt the caregiving framework');
        await expectNoAxeViolations(admin, 'framework-adapt');
      });

      await withScreenshotOnFailure(admin, 'framework-adapt-bad', async () => {
        await admin.locator('#s_warmth_for_parents').fill(NEW_WORDS);
        await admin.locator('#d1_new_name').fill('Asking for help');
        await admin.getByRole('button', { name: 'Save as version 2' }).click();

        const summary = admin.locator('.nhsuk-error-summary');
        await summary.waitFor();
        assert.equal(await admin.title(), 'Error: Adapt the caregiving framework – Alongside');
        const links = summary.getByRole('link');
        const texts = (await links.allTextContents()).map((t) => t.trim());
        assert.deepEqual(texts, [
          'Enter words for parents for the new skill in “Caregiver self-capacity”',
          'Enter words for practitioners for the new skill in “Caregiver self-capacity”',
          'Enter a note of what changed and why',
        ]);
        assert.match(await admin.locator('#note-error').textContent(), /Enter a note of what changed and why/);
        assert.equal(await admin.locator('#s_warmth_for_parents').inputValue(), NEW_WORDS, 'the new wording is kept');
        assert.equal(await admin.locator('#d1_new_name').inputValue(), 'Asking for help');
        await expectNoAxeViolations(admin, 'framework-adapt-errors');
        await links.nth(2).click();
        await admin.waitForFunction(() => document.activeElement?.id === 'note', null, { timeout: 5_000 });
      });

      await withScreenshotOnFailure(admin, 'framework-adapt-good', async () => {
        await admin.locator('#d1_new_for_practitioners').fill('Help-seeking: knowing when and how to ask for support.');
        await admin.locator('#d1_new_for_parents').fill('Saying when you need a hand, and who to ask.');
        await admin.locator('#note').fill('Warmer words for parents, and asking for help, as Riverside parents suggested');
        await admin.getByRole('button', { name: 'Save as version 2' }).click();
        await admin.waitForURL((url) => url.pathname === '/framework');
        await admin.getByText('Version 2 saved. It is now in force.').waitFor({ timeout: 5_000 });
        await expectNoAxeViolations(admin, 'framework-after-adapt');
      });

      await withScreenshotOnFailure(supporter, 'framework-supporter', async () => {
        await signInAt(supporter, server, DEMO.supporter, '/framework');
        assert.equal((await supporter.getByRole('heading', { level: 1 }).textContent()).trim(), 'The caregiving framework');
        await supporter.getByText(NEW_WORDS).waitFor();
        const version = supporter.locator('.nhsuk-summary-list__row').filter({ hasText: 'Version' }).locator('dd');
        assert.match((await version.textContent()).trim(), /^2 \(in force\)/);
        const skill = supporter.getByRole('heading', { name: /Asking for help/ });
        assert.match(await skill.textContent(), /Local/);
        await expectNoAxeViolations(supporter, 'framework-read');

        await supporter.getByRole('link', { name: 'parents', exact: true }).click();
        await supporter.waitForURL((url) => url.searchParams.get('words') === 'parents');
        assert.equal(await supporter.getByText('For practitioners').count(), 0);
        await supporter.getByRole('link', { name: 'Every version of the framework' }).click();
        await supporter.waitForURL((url) => url.pathname === '/framework/versions');
        assert.equal(await supporter.locator('tbody tr').count(), 2);
        await expectNoAxeViolations(supporter, 'framework-versions');
      });
    } finally {
      await admin.context().close();
      await supporter.context().close();
    }
  });
});
