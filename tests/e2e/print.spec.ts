import { allCities, type CityData } from './open-data.ts';
import { expect, test, type Page } from '@playwright/test';

/** Pages in a PDF, as Chromium writes it (one "/Type /Page" object per page). */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('every kind of page prints without the header, menus, switches and footer, with its address at the foot', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/', '/cities/hangzhou/', '/cities/hangzhou/balance/wechat/', '/guides/withdrawal/', '/updates/']) {
    await page.goto(path);
    for (const part of ['.site-header', '.site-nav', '.site-footer', '.breadcrumb', '.reading-switches', '.step-link']) {
      const shown = await page.locator(part).evaluateAll((els) => els.some((el) => getComputedStyle(el).display !== 'none'));
      expect(shown, `${path} ${part}`).toBe(false);
    }
    await expect(page.locator('main h1'), path).toBeVisible();
    await expect(page.locator('.print-url'), path).toContainText(`/${path.replace(/^\//, '')}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), path).toBe(true);
  }
});

test('the withdrawal page prints its 带去窗口 checklist with tick boxes, office, hotline, address and QR code', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/cities/hangzhou/withdrawal/');
  const checklist = page.locator('.checklist');
  await expect(checklist).toBeVisible();
  await expect(checklist).toContainText('身份证');
  await expect(checklist).toContainText('到哪里办');
  await expect(checklist).toContainText('0571-12393');
  await expect(checklist).toContainText('/cities/hangzhou/withdrawal/');
  await expect(checklist.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const box = await checklist.locator('li').first().evaluate((el) => getComputedStyle(el, '::before').borderTopStyle);
  expect(box).toBe('solid');
  await expect(checklist.locator('img.qr')).toBeVisible();
  // The phone script and other closed sections print open.
  await page.goto('/cities/hangzhou/');
  await expect(page.locator('#phone-script ol')).toBeVisible();
});

test('只打印这张清单 prints the checklist alone on one A4 page, even in large mode', async ({ page }) => {
  await page.addInitScript(() => {
    // Headless Chromium cannot show a print dialog: record the call and what was on the page then.
    window.print = () => {
      (window as unknown as { printedWith: string }).printedWith = document.body.className;
      dispatchEvent(new Event('afterprint'));
    };
  });
  await page.goto('/cities/hangzhou/withdrawal/?large=1');
  await page.getByRole('button', { name: '只打印这张清单' }).click();
  expect(await page.evaluate(() => (window as unknown as { printedWith: string }).printedWith)).toContain('print-checklist');
  await expect(page.locator('body')).not.toHaveClass(/print-checklist/);

  await page.evaluate(() => document.body.classList.add('print-checklist'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist')).toBeVisible();
  await expect(page.locator('main .fact').first()).toBeHidden();
  expect(await pdfPages(page)).toBe(1);
});

test('checklists of every city fit on one A4 page', async ({ page, request }) => {
  // The checklist prints every material in full and each situation by its short label (about 8 characters).
  const size = (c: CityData) => (c.withdrawal?.conditions ?? []).reduce((n, x) => n + 8 + (x.materials ?? []).join('').length, 0);
  const cities = (await allCities(request)).sort((a, b) => size(b) - size(a)).slice(0, 6).map((c) => c.slug);
  for (const city of cities) {
    await page.goto(`/cities/${city}/withdrawal/`);
    await page.evaluate(() => document.body.classList.add('print-checklist'));
    expect(await pdfPages(page), city).toBe(1);
  }
});
