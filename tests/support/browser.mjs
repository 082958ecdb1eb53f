// Browser-test helpers: Debian's chromium driven by playwright-core, axe-core checks, and
// screenshots of what the browser showed when a step failed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { DEMO_PASSWORD, ROOT } from './server.mjs';

export const CHROMIUM = process.env.ALONGSIDE_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS_DIR = path.join(ROOT, 'test-results');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches chromium. Playwright gives every launch a fresh temporary profile (it refuses
 * --user-data-dir for launch()); HOME points at a throwaway directory too, so nothing of
 * the machine's own chromium settings leaks in. close() removes that directory.
 */
export async function launchBrowser() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'alongside-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Keep chromium's own caches and crash reports inside the throwaway profile.
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try {
      await close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  };
  return browser;
}

function safeName(name) {
  return name.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'page';
}

/** Saves a full-page screenshot to test-results/NAME.png and returns its path. */
export async function saveScreenshot(page, name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${safeName(name)}.png`);
  try {
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } catch (error) {
    return `(screenshot failed: ${error.message})`;
  }
}

/** Runs a test step; when it fails, saves a screenshot of the page and adds its path to the error. */
export async function withScreenshotOnFailure(page, name, step) {
  try {
    return await step();
  } catch (error) {
    const file = await saveScreenshot(page, `failure-${name}`);
    if (error && typeof error === 'object' && typeof error.message === 'string') {
      error.message += `\n(screenshot: ${file}; page: ${page.url()})`;
    }
    throw error;
  }
}

function describeViolations(violations) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `      at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ') ?? ''}`)
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
      return `  - [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Fails (after saving a screenshot) when axe-core finds WCAG 2.2 A/AA violations on the page.
 * @param {import('playwright-core').Page} page
 * @param {string} [label] names the page in the message and the screenshot file
 */
export async function expectNoAxeViolations(page, label = new URL(page.url()).pathname) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length === 0) return;
  const file = await saveScreenshot(page, `axe-${label}`);
  const error = new Error(
    `axe found ${results.violations.length} accessibility violation(s) on ${label} (${page.url()}):\n` +
      `${describeViolations(results.violations)}\n(screenshot: ${file})`,
  );
  error.violations = results.violations;
  throw error;
}

/**
 * A page in its own browser context (its own cookies). axe-core needs pages made through a
 * context, not browser.newPage().
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', ...options });
  return context.newPage();
}

/** Opens `path` signed out, signs in as `email` on the login page it leads to, and waits to
 *  land back on `path`: the way a person follows a link and is asked to sign in first. */
export async function signInAt(page, server, email, path) {
  await page.goto(`${server.url}${path}`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}${path}`);
}
