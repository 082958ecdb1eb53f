// Takes full-page screenshots of the given paths as one demo user, for looking at the site
// as its users do:  node scripts/screenshots.mjs http://127.0.0.1:8080 coordinator@demo.alongside.test /tmp/shots / /account
import { chromium } from 'playwright-core';

const [base, email, outDir, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
if (email && email !== '-') {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(process.env.PASSWORD ?? 'Alongside-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('load');
}
for (const path of paths) {
  await page.goto(`${base}${path}`);
  const name = `${(email || 'anon').split('@')[0]}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
  console.log(`${outDir}/${name}`, page.url());
}
await browser.close();
