import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from './page-types.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core');

// axe is injected as a script: the site's CSP (rightly) blocks it, so only these tests bypass CSP.
test.use({ bypassCSP: true });

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

test('the axe check reports a page with an unlabelled image, an unnamed field and faint text', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="zh-CN"><head><title>坏页面</title></head><body><main><h1>坏页面</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"><p style="color:#bbb;background:#fff">浅灰色的字</p></main></body></html>');
  const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
});

for (const mode of ['normal', 'high-contrast'] as const) {
  for (const { name, path, optional } of pageTypes) {
    test(`the ${name} page has no WCAG 2.1 A/AA violations in ${mode} mode`, async ({ page }) => {
      const url = mode === 'high-contrast' ? `${path}${path.includes('?') ? '&' : '?'}contrast=1` : path;
      const response = await page.goto(url);
      if (optional && response?.status() === 404) test.skip(true, `${path} is not built on this branch yet`);
      if (mode === 'high-contrast') await expect(page.locator('html')).toHaveAttribute('data-contrast', '1');
      if (path.startsWith('/search/')) await page.waitForLoadState('networkidle');
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
    });
  }
}
