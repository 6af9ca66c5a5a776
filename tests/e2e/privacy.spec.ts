import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { pageTypes } from './page-types.ts';

/**
 * Records every request that would leave this machine, and aborts it so it never does; also
 * records CSP violations, which a page shows as console errors. Nothing here is allowed.
 */
async function guardForeignRequests(context: BrowserContext): Promise<string[]> {
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      foreign.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) foreign.push(`CSP: ${msg.text()}`);
  });
  return foreign;
}

test('no page of any type, nor the picker or search, sends a request to another origin', async ({ page, context }) => {
  test.setTimeout(90_000);
  const foreign = await guardForeignRequests(context);
  for (const { path, optional } of pageTypes) {
    const response = await page.goto(path);
    if (!optional) expect(response?.status(), path).toBeLessThan(500);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/');
  await page.getByRole('combobox').first().fill('hz');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.goto('/search/?q=%E4%BD%99%E9%A2%9D');
  await page.waitForLoadState('networkidle');
  await page.goto('/cities/hangzhou/?large=1&contrast=1');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('the guard catches a page that loads a font stylesheet and a tracking pixel from other sites', async ({ page, context }) => {
  const foreign = await guardForeignRequests(context);
  // Served at a loopback address the static server does not know, so the fixture never enters dist/.
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/dist-broken/foreign/index.html'), 'utf8');
  await context.route('**/__fixture/foreign/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto('/__fixture/foreign/');
  await page.waitForLoadState('networkidle');
  expect(foreign).toContain('https://fonts.example.invalid/css?family=Noto+Sans+SC');
  expect(foreign).toContain('https://stats.example.invalid/pixel.gif');
});
