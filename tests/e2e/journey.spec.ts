import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers.ts';


test('a reader goes from the home page to a city, its balance table and a channel how-to', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('医保');
  await page.getByRole('link', { name: '杭州', exact: true }).first().click();
  await expect(page).toHaveURL(/\/cities\/hangzhou\/$/);
  await expect(page.locator('h1')).toContainText('杭州');
  await expect(page.locator('[data-hotline] a.call')).toHaveAttribute('href', 'tel:057112393');
  await page.locator('[data-at-a-glance]').getByRole('link', { name: '怎么查余额' }).click();
  await expect(page).toHaveURL(/\/cities\/hangzhou\/balance\/$/);
  await expect(page.locator('[data-channel-table] tbody tr')).not.toHaveCount(0);
  await page.locator('[data-channel-table]').getByRole('link', { name: '微信' }).click();
  await expect(page).toHaveURL(/\/cities\/hangzhou\/balance\/wechat\/$/);
  await expect(page.locator('ol.steps > li').first()).toHaveAttribute('id', 'step-1');
  await expect(page.locator('.provenance').first()).toContainText('核实于');
  expect(errors).toEqual([]);
});

test('an unknown address shows the helpful 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/cities/no-such-city/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('没有找到这个页面');
  await expect(page.getByRole('link', { name: '看全部城市列表' }).first()).toHaveAttribute('href', '/cities/');
});

test('Chinese text renders with a CJK font rather than empty boxes', async ({ page }) => {
  await page.goto('/cities/beijing/');
  // A CJK glyph is about as wide as it is tall; a missing-glyph box or fallback Latin font is not.
  const ratio = await page.evaluate(() => {
    const span = document.createElement('span');
    span.textContent = '医保医保医保医保医保';
    span.style.fontSize = '40px';
    document.body.append(span);
    const { width } = span.getBoundingClientRect();
    span.remove();
    return width / 400;
  });
  expect(ratio).toBeGreaterThan(0.9);
  expect(ratio).toBeLessThan(1.1);
});
