import { expect, test, type Page } from '@playwright/test';

/** Whether the focused element shows a visible ring: an outline or a box-shadow. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none' };
  });

test('the first Tab reaches a visible skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/cities/hangzhou/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
  expect(await focusRing(page)).toMatchObject({ outline: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the main content, not back in the header.
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('every link and control reached by Tab on a city page shows a focus ring', async ({ page }) => {
  await page.goto('/cities/hangzhou/');
  const missing: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (ring.tag === 'BODY') break;
    if (!ring.outline && !ring.shadow) missing.push(`${ring.tag} #${i + 1}`);
  }
  expect(missing).toEqual([]);
});

test('the city picker can be reached and used with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByRole('combobox').first();
  for (let i = 0; i < 20 && !(await picker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(picker).toBeFocused();
  await page.keyboard.type('杭州');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cities\/hangzhou\/$/);
});

test('the search form can be filled and sent with the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  const box = page.locator('#q');
  for (let i = 0; i < 25 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('余额');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E4%BD%99%E9%A2%9D/);
});
