// Takes Chromium screenshots of built pages for a person to look at:
//   node scripts/screenshot.mjs http://127.0.0.1:4321 /cities/hangzhou/ [more paths...]
// Writes screenshots/<name>-mobile.png (390x844) and -desktop.png (1280x900). Set LARGE=1 or CONTRAST=1 for the modes.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { browserLaunchOptions } from './find-browser.mjs';

const [base, ...paths] = process.argv.slice(2);
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(browserLaunchOptions());
const query = [process.env.LARGE ? 'large=1' : '', process.env.CONTRAST ? 'contrast=1' : ''].filter(Boolean).join('&');
for (const path of paths) {
  for (const [label, viewport] of [['mobile', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${base}${path}${query ? `${path.includes('?') ? '&' : '?'}${query}` : ''}`, { waitUntil: 'networkidle' });
    const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    const suffix = [process.env.LARGE ? 'large' : '', process.env.CONTRAST ? 'contrast' : ''].filter(Boolean).join('-');
    await page.screenshot({ path: `screenshots/${name}${suffix ? `-${suffix}` : ''}-${label}.png`, fullPage: process.env.FULL === '1' });
    await page.close();
  }
}
await browser.close();
