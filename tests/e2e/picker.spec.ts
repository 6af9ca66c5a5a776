import { expect, test, type Page } from '@playwright/test';

const headerBox = (page: Page) => page.locator('#header-picker');
const options = (page: Page, id: string) => page.locator(`#${id}-list [role="option"]`);

test('keyboard only: Tab to the picker, type, arrow down and Enter reach the city', async ({ page }) => {
  await page.goto('/guides/withdrawal/');
  for (let i = 0; i < 15 && !(await headerBox(page).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(headerBox(page)).toBeFocused();
  await page.keyboard.type('hangzhou');
  await expect(options(page, 'header-picker').first()).toHaveText('杭州（浙江）');
  await page.keyboard.press('ArrowDown');
  await expect(headerBox(page)).toHaveAttribute('aria-activedescendant', 'header-picker-list-0');
  await expect(options(page, 'header-picker').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cities\/hangzhou\/$/);
});

test('the box is a combobox whose list opens and closes with the suggestions', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '找你的城市' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.fill('sh');
  await expect(page.getByRole('listbox', { name: '城市建议' })).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // Pinyin prefixes, the municipality first among them.
  await expect(options(page, 'home-picker').first()).toHaveText('上海（上海）');
  await box.press('Escape');
  await expect(page.getByRole('listbox', { name: '城市建议' })).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('Escape');
  await expect(box).toHaveValue('');
});

test('Enter without choosing opens the first suggestion’s city hub, for an old name too', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '找你的城市' });
  await box.fill('北平');
  await expect(options(page, 'home-picker').first()).toHaveText('北京（北京）');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/cities\/beijing\/$/);
});

test('initials and a Chinese prefix find the city', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '找你的城市' });
  await box.fill('wlmq');
  await expect(options(page, 'home-picker').first()).toHaveText('乌鲁木齐（新疆）');
  await box.fill('杭');
  await expect(options(page, 'home-picker')).toHaveText(['杭州（浙江）']);
});

test('words that name no city search the site instead', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '找你的城市' });
  await box.fill('退休了还要交吗');
  await expect(page.locator('[data-picker-status]').first()).toHaveText('没找到这个城市');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search-status]')).toContainText('找到');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test('tapping a suggestion opens that city', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: '找你的城市' });
    await box.tap();
    await box.fill('shen');
    await options(page, 'home-picker').filter({ hasText: '深圳' }).tap();
    await expect(page).toHaveURL(/\/cities\/shenzhen\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the picker is a way to the full city list', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '看全部城市列表' }).first().click();
    await expect(page).toHaveURL(/\/cities\/$/);
    await headerBox(page).fill('杭州');
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/cities\/\?q=/);
    await expect(page.getByRole('link', { name: '杭州', exact: true }).first()).toBeVisible();
  });
});
