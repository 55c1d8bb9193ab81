// One Lighthouse run as the project measures it: the mobile preset (an emulated phone, simulated
// slow 4G and 4× CPU slowdown), performance only, in a fresh headless Chromium.
// Shared by `scripts/lighthouse.mjs` and `bench/lighthouse-ab.mjs`.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeArgs, chromePath } from './chrome.mjs';

/** Lighthouse on `url`: its result (`lhr`, and the JSON `report`). */
export async function runLighthouse(url) {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: [...chromeArgs, '--headless=new'] });
  try {
    return await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      onlyCategories: ['performance'],
      logLevel: 'error',
    });
  } finally {
    await chrome.kill();
  }
}
