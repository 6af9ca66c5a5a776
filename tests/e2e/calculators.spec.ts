import { expect, test } from '@playwright/test';

// One known example per rule type, computed in the browser from the city's published rule.
test.describe('monthly credit calculator', () => {
  test('computes an employee’s credit as a percentage of the base (郑州: 2%)', async ({ page }) => {
    await page.goto('/cities/zhengzhou/monthly-credit/');
    await page.selectOption('#mc-status', 'employee');
    await page.fill('#mc-base', '7500');
    await page.click('[data-credit-form] button[type=submit]');
    await expect(page.locator('[data-credit-result]')).toHaveText('每月约 150 元。算法：7500 元 × 2% = 150 元');
  });

  test('gives a fixed amount to every retiree (郑州: 95 元)', async ({ page }) => {
    await page.goto('/cities/zhengzhou/monthly-credit/');
    await page.selectOption('#mc-status', 'retiree');
    await page.fill('#mc-age', '63');
    await expect(page.locator('[data-credit-result]')).toContainText('每月约 95 元');
  });

  test('picks the age band (北京: 100 元 under 70, 110 元 from 70)', async ({ page }) => {
    await page.goto('/cities/beijing/monthly-credit/');
    await page.selectOption('#mc-status', 'retiree');
    await page.fill('#mc-age', '69');
    await expect(page.locator('[data-credit-result]')).toContainText('每月约 100 元');
    await page.fill('#mc-age', '70');
    await expect(page.locator('[data-credit-result]')).toContainText('每月约 110 元');
  });

  test('takes a percentage of the average pension the reader enters (广州: 2.8%)', async ({ page }) => {
    await page.goto('/cities/guangzhou/monthly-credit/');
    await page.selectOption('#mc-status', 'retiree');
    await page.fill('#mc-pension', '4000');
    await expect(page.locator('[data-credit-result]')).toHaveText('每月约 112 元。算法：4000 元 × 2.8% = 112 元');
  });

  test('shows the rule table without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/cities/beijing/monthly-credit/');
    await expect(page.locator('[data-retiree-table] tbody tr')).toHaveCount(2);
    await context.close();
  });
});

test.describe('retirement shortfall helper', () => {
  test('counts the years a man is short under the rule in force (南京: 男 25 年，本地 10 年)', async ({ page }) => {
    await page.goto('/cities/nanjing/retirement/');
    await page.selectOption('#sf-sex', 'men');
    await page.fill('#sf-paid', '19');
    await page.fill('#sf-local', '7');
    await page.click('[data-shortfall-form] button[type=submit]');
    await expect(page.locator('[data-shortfall-result]')).toHaveText('要求累计 25 年，还差 6 年；要求本地实际缴费 10 年，还差 3 年。');
  });

  test('tells a woman with enough years that she need not pay after retiring', async ({ page }) => {
    await page.goto('/cities/nanjing/retirement/');
    await page.selectOption('#sf-sex', 'women');
    await page.fill('#sf-paid', '21');
    await page.fill('#sf-local', '12');
    await expect(page.locator('[data-shortfall-result]')).toContainText('年限已经够了');
  });

  test('admits when the place has no number to count against', async ({ page }) => {
    await page.goto('/cities/guangzhou/retirement/');
    await page.click('[data-shortfall-form] button[type=submit]');
    await expect(page.locator('[data-shortfall-result]')).toContainText('还没有找到可靠来源');
  });
});
