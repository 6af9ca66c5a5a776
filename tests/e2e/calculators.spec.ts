import { expect, test } from '@playwright/test';
import { cityWhere, type Band, type CityData } from './open-data.ts';

// One known example per rule type, taken from the built open data and computed in the browser.
const yuan = (n: number) => String(Math.round(n * 100) / 100);
const unbounded = (b: Band) => b.minAge === undefined && b.maxAge === undefined;

test.describe('monthly credit calculator', () => {
  test('computes an employee’s credit as a percentage of the base', async ({ page, request }) => {
    const city = await cityWhere(request, '在职按缴费基数比例划入', (c) => typeof c.monthlyCredit?.employeePercentOfBase === 'number');
    const pct = city.monthlyCredit!.employeePercentOfBase!;
    await page.goto(`/cities/${city.slug}/monthly-credit/`);
    await page.selectOption('#mc-status', 'employee');
    await page.fill('#mc-base', '7500');
    await page.click('[data-credit-form] button[type=submit]');
    await expect(page.locator('[data-credit-result]')).toHaveText(`每月约 ${yuan((7500 * pct) / 100)} 元。算法：7500 元 × ${pct}% = ${yuan((7500 * pct) / 100)} 元`);
  });

  test('gives a fixed amount to every retiree', async ({ page, request }) => {
    const city = await cityWhere(request, '退休人员不分年龄固定金额', (c) => c.monthlyCredit?.retiree.length === 1 && unbounded(c.monthlyCredit.retiree[0]!) && c.monthlyCredit.retiree[0]!.yuanPerMonth !== undefined);
    await page.goto(`/cities/${city.slug}/monthly-credit/`);
    await page.selectOption('#mc-status', 'retiree');
    await page.fill('#mc-age', '63');
    await expect(page.locator('[data-credit-result]')).toContainText(`每月约 ${yuan(city.monthlyCredit!.retiree[0]!.yuanPerMonth!)} 元`);
  });

  test('picks the age band', async ({ page, request }) => {
    const city = await cityWhere(request, '退休人员按年龄段固定金额', (c) => (c.monthlyCredit?.retiree.filter((b) => b.yuanPerMonth !== undefined && !unbounded(b)).length ?? 0) >= 2);
    await page.goto(`/cities/${city.slug}/monthly-credit/`);
    await page.selectOption('#mc-status', 'retiree');
    for (const band of city.monthlyCredit!.retiree.filter((b) => b.yuanPerMonth !== undefined)) {
      // The youngest and oldest age of each band must each give that band's amount.
      for (const age of [band.minAge ?? 60, band.maxAge ?? (band.minAge ?? 60) + 10]) {
        await page.fill('#mc-age', String(age));
        await expect(page.locator('[data-credit-result]')).toContainText(`每月约 ${yuan(band.yuanPerMonth!)} 元`);
      }
    }
  });

  test('takes a percentage of the average pension the reader enters', async ({ page, request }) => {
    const city = await cityWhere(request, '退休人员按平均养老金比例划入', (c) => c.monthlyCredit?.retiree.length === 1 && unbounded(c.monthlyCredit.retiree[0]!) && c.monthlyCredit.retiree[0]!.percentOfAveragePension !== undefined);
    const pct = city.monthlyCredit!.retiree[0]!.percentOfAveragePension!;
    await page.goto(`/cities/${city.slug}/monthly-credit/`);
    await page.selectOption('#mc-status', 'retiree');
    await page.fill('#mc-pension', '4000');
    await expect(page.locator('[data-credit-result]')).toHaveText(`每月约 ${yuan((4000 * pct) / 100)} 元。算法：4000 元 × ${pct}% = ${yuan((4000 * pct) / 100)} 元`);
  });

  test('shows the rule table without JavaScript', async ({ browser, request }) => {
    const city = await cityWhere(request, '退休人员按年龄段划入', (c) => (c.monthlyCredit?.retiree.length ?? 0) >= 2);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/cities/${city.slug}/monthly-credit/`);
    await expect(page.locator('[data-retiree-table] tbody tr')).toHaveCount(city.monthlyCredit!.retiree.length);
    await context.close();
  });
});

const hasYears = (c: CityData) => typeof c.retirement?.menYears === 'number' && typeof c.retirement.womenYears === 'number' && typeof c.retirement.localYears === 'number' && c.retirement.localYears >= 3 && c.retirement.menYears >= 6;

test.describe('retirement shortfall helper', () => {
  test('counts the years a man is short under the rule in force', async ({ page, request }) => {
    const city = await cityWhere(request, '退休年限男、女、本地实际缴费都有数字', hasYears);
    const { menYears, localYears } = city.retirement as { menYears: number; localYears: number };
    await page.goto(`/cities/${city.slug}/retirement/`);
    await page.selectOption('#sf-sex', 'men');
    await page.fill('#sf-paid', String(menYears - 6));
    await page.fill('#sf-local', String(localYears - 3));
    await page.click('[data-shortfall-form] button[type=submit]');
    await expect(page.locator('[data-shortfall-result]')).toHaveText(`要求累计 ${menYears} 年，还差 6 年；要求本地实际缴费 ${localYears} 年，还差 3 年。`);
  });

  test('tells a woman with enough years that she need not pay after retiring', async ({ page, request }) => {
    const city = await cityWhere(request, '退休年限男、女、本地实际缴费都有数字', hasYears);
    const { womenYears, localYears } = city.retirement as { womenYears: number; localYears: number };
    await page.goto(`/cities/${city.slug}/retirement/`);
    await page.selectOption('#sf-sex', 'women');
    await page.fill('#sf-paid', String(womenYears + 1));
    await page.fill('#sf-local', String(localYears + 2));
    await expect(page.locator('[data-shortfall-result]')).toContainText('年限已经够了');
  });

  test('admits when the place has no number to count against', async ({ page, request }) => {
    const city = await cityWhere(request, '没有男职工退休年限', (c) => c.retirement === null || c.retirement.menYears === null);
    await page.goto(`/cities/${city.slug}/retirement/`);
    await page.click('[data-shortfall-form] button[type=submit]');
    await expect(page.locator('[data-shortfall-result]')).toContainText('还没有找到可靠来源');
  });
});
