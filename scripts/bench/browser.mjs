// What a reader's phone does with the built site, measured in Chromium against the local server:
// Pagefind bytes for a first query, the city picker's key-to-suggestions time under 4x CPU
// throttling, and Lighthouse mobile scores.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserLaunchOptions, findChromium } from '../find-browser.mjs';

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

export const launchBrowser = () => chromium.launch(browserLaunchOptions());

/**
 * Every /pagefind/ response of a first search for `query` on /search/. Types into the search box
 * when the page runs a search UI; otherwise (the page is still a placeholder) calls Pagefind's JS
 * API from the page, loading the first five results as a results list would.
 */
export async function pagefindFirstQuery(browser, base, query = '杭州 余额') {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const responses = [];
  context.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) responses.push(response);
  });
  await page.goto(`${base}/search/`, { waitUntil: 'load' });
  let method = 'search page';
  const box = page.locator('input[type="search"]').first();
  if (await box.count()) {
    await box.fill(query);
    await box.press('Enter').catch(() => {});
    await page.waitForLoadState('networkidle');
  }
  let results = null;
  if (!responses.length) {
    method = 'Pagefind JS API from the page';
    await page.goto(`${base}/search/`, { waitUntil: 'load' });
    results = await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return search.results.length;
    }, query);
    await page.waitForLoadState('networkidle');
  }
  const files = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const sizes = await response.request().sizes();
    files.push({ path: new URL(response.url()).pathname, bytes: body.byteLength, transfer: sizes.responseBodySize });
  }
  await context.close();
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return {
    query,
    method,
    results,
    requests: files.length,
    /** Bytes over the wire from a server that compresses text (Pagefind's index files are gzip inside). */
    transferBytes: sum('transfer'),
    /** Bytes after decoding. */
    bytes: sum('bytes'),
    byKind: Object.entries(
      files.reduce((acc, f) => {
        const kind = f.path.match(/\.(\w+)$/)?.[1] ?? 'other';
        acc[kind] = (acc[kind] ?? 0) + f.bytes;
        return acc;
      }, {}),
    ).map(([kind, bytes]) => ({ kind, bytes })),
  };
}

/**
 * Time from a keydown in the home page's city box to the first suggestion on screen, with the CPU
 * slowed 4x as on an older phone. "first key" is a fresh page where the first tap loads the
 * picker's engine and city index; "next key" is another key once they are loaded.
 */
export async function pickerTiming(browser, base, { runs = 5, key = 'h' } = {}) {
  const firstKey = [];
  const nextKey = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const arm = () =>
      page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__key = undefined;
        w.__shown = undefined;
        w.__observer?.disconnect();
        document.addEventListener('keydown', (e) => (w.__key ??= e.timeStamp), { capture: true, once: true });
        w.__observer = new MutationObserver(() => {
          if (w.__shown === undefined && document.querySelector('[role="listbox"]:not([hidden]) [role="option"]')) {
            w.__shown = null;
            requestAnimationFrame(() => (w.__shown = performance.now())); // the frame that shows it
          }
        });
        w.__observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
      });
    const measure = async () => {
      await page.waitForFunction(() => typeof (/** @type {any} */ (window).__shown) === 'number', null, { timeout: 15_000 });
      return page.evaluate(() => /** @type {any} */ (window).__shown - /** @type {any} */ (window).__key);
    };
    const input = page.locator('input[role="combobox"]').first();
    await arm();
    await input.focus();
    await page.keyboard.press(key);
    firstKey.push(await measure());
    await input.fill('');
    await page.waitForLoadState('networkidle');
    await arm();
    await page.keyboard.press(key);
    nextKey.push(await measure());
    await context.close();
  }
  return {
    key,
    cpuThrottling: 4,
    runs,
    firstKeyMedianMs: round(median(firstKey)),
    nextKeyMedianMs: round(median(nextKey)),
    firstKeyMs: firstKey.map((x) => round(x)),
    nextKeyMs: nextKey.map((x) => round(x)),
  };
}

const lighthouseFlags = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];

/** Lighthouse mobile (its default form factor and simulated throttling) for one URL. */
export async function lighthouse(projectRoot, url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const out = join(dir, 'report.json');
  const bin = join(projectRoot, 'node_modules', '.bin', 'lighthouse');
  const args = [
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--chrome-flags=${lighthouseFlags.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  const env = { ...process.env, CHROME_PATH: findChromium() ?? process.env.CHROME_PATH ?? '' };
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse ${url} exited ${code}: ${err}`))));
  });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const score = (id) => (report.categories[id]?.score == null ? null : Math.round(report.categories[id].score * 100));
  const audit = (id) => report.audits[id]?.numericValue;
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => a.id);
  return {
    url: new URL(url).pathname,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: round(audit('first-contentful-paint') ?? NaN),
    lcpMs: round(audit('largest-contentful-paint') ?? NaN),
    tbtMs: round(audit('total-blocking-time') ?? NaN),
    cls: round(audit('cumulative-layout-shift') ?? NaN, 3),
    failingAudits: failing,
  };
}
