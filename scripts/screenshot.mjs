#!/usr/bin/env node
// Screenshots a page in headless Chromium: node scripts/screenshot.mjs <url> <out.png>
//   [--width 375] [--height 900] [--dark] [--selector css] [--wait ms] [--open-tables] [--keys Tab,ArrowRight]
//   [--forced-colors]
// --forced-colors emulates forced colours (a high-contrast theme).
// --open-tables opens every data-table disclosure inside the components' shadow roots first.
// --keys presses those keys, one after the other, before the shot (to show focus and keyboard
// states), after focusing the first mark of the --selector element when it is a component.
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from './chrome.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> <out.png> [--width N] [--height N] [--dark] [--selector css] [--wait ms]',
  );
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
try {
  const page = await browser.newPage();
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.setViewport({ width: Number(opt('width', 1280)), height: Number(opt('height', 900)) });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: rest.includes('--dark') ? 'dark' : 'light' },
    { name: 'forced-colors', value: rest.includes('--forced-colors') ? 'active' : 'none' },
  ]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  const selector = opt('selector');
  const target = selector ? await page.$(selector) : null;
  await target?.scrollIntoView();
  await new Promise((r) => setTimeout(r, Number(opt('wait', 500))));
  if (rest.includes('--open-tables')) {
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('*'))
        for (const d of el.shadowRoot?.querySelectorAll('details.data-table') ?? []) d.open = true;
    });
    await new Promise((r) => setTimeout(r, 1000));
  }
  const keys = opt('keys', '').split(',').filter(Boolean);
  if (keys.length && target)
    await target.evaluate((el) => el.shadowRoot?.querySelector('[data-index][tabindex="0"]')?.focus());
  for (const key of keys) {
    await page.keyboard.press(key);
    await new Promise((r) => setTimeout(r, 150));
  }
  await (target ?? page).screenshot({ path: out, fullPage: !target });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
