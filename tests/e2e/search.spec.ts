import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers.ts';
import { allCities } from './open-data.ts';


const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-results] .result-title a');

/** Opens /search/ with a query string and waits until the results (or "no results") are shown. */
async function searchFor(page: Page, params: Record<string, string>): Promise<void> {
  await page.goto(`/search/?${new URLSearchParams(params)}`);
  await expect(status(page)).toContainText(/找到|没有找到/);
}

const hrefs = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

/** [what a reader types, the page that must come first]. */
const expectedTop: readonly (readonly [string, string])[] = [
  // Chinese city names, with 市, and old names
  ['杭州', '/cities/hangzhou/'],
  ['杭州市', '/cities/hangzhou/'],
  ['北平', '/cities/beijing/'],
  ['奉天', '/cities/shenyang/'],
  ['乌鲁木齐', '/cities/wulumuqi/'],
  // full pinyin, pinyin with a space, initials
  ['hangzhou', '/cities/hangzhou/'],
  ['Chongqing', '/cities/chongqing/'],
  ['xian', '/cities/xian/'],
  ['hang zhou', '/cities/hangzhou/'],
  ['hz', '/cities/hangzhou/'],
  ['wlmq', '/cities/wulumuqi/'],
  // pinyin with one wrong letter
  ['hangzou', '/cities/hangzhou/'],
  ['beijng', '/cities/beijing/'],
  ['shenzen', '/cities/shenzhen/'],
  // a city and a task
  ['hangzhou 余额', '/cities/hangzhou/balance/'],
  ['hangzhou yue', '/cities/hangzhou/balance/'],
  ['nanjing 余额', '/cities/nanjing/balance/'],
  ['hz 取现', '/cities/hangzhou/withdrawal/'],
  ['杭州 退休', '/cities/hangzhou/retirement/'],
  ['cd 退休', '/cities/chengdu/retirement/'],
  ['上海 每月划入', '/cities/shanghai/monthly-credit/'],
  ['shanghai 返钱', '/cities/shanghai/monthly-credit/'],
  ['wuhan 微信', '/cities/wuhan/balance/wechat/'],
  ['广州 支付宝', '/cities/guangzhou/balance/alipay/'],
  // questions in everyday words
  ['医保卡里的钱能取出来吗', '/guides/withdrawal/'],
  ['退休了还要交吗', '/guides/retirement/'],
  ['每月返多少', '/guides/monthly-credit/'],
  ['接到电话说医保卡冻结了', '/guides/scams/'],
  ['帮父母查医保', '/guides/family-sharing/'],
  ['换城市工作医保怎么转', '/guides/transfer/'],
  // synonyms
  ['终身医保', '/guides/retirement/'],
  ['返钱', '/guides/monthly-credit/'],
  ['取钱', '/guides/withdrawal/'],
  ['社保卡余额', '/guides/balance/'],
  ['余额', '/guides/balance/'],
  // channels
  ['微信查余额', '/channels/wechat/'],
  ['支付宝', '/channels/alipay/'],
  ['12393', '/channels/hotline/'],
];

test.describe('each query finds its page first', () => {
  for (const [query, top] of expectedTop) {
    test(`“${query}” puts ${top} first`, async ({ page }) => {
      const errors = watchErrors(page);
      await searchFor(page, { q: query });
      await expect(resultLinks(page).first()).toHaveAttribute('href', top);
      expect(errors).toEqual([]);
    });
  }
});

test('a query that names a city lists that city’s pages before anything else', async ({ page }) => {
  await searchFor(page, { q: '杭州 取出来' });
  const links = await hrefs(page);
  const firstOther = links.findIndex((h) => !h.startsWith('/cities/hangzhou/'));
  expect(firstOther).toBeGreaterThanOrEqual(2);
  expect(links.slice(firstOther).every((h) => !h.startsWith('/cities/'))).toBe(true);
  await expect(page.locator('#f-city')).toHaveValue('杭州');
});

test('a query without a city lists national guides and channel pages above per-city copies', async ({ page }) => {
  await searchFor(page, { q: '退休了还要交吗' });
  const links = await hrefs(page);
  const lastNational = links.findLastIndex((h) => !h.startsWith('/cities/'));
  const firstCity = links.findIndex((h) => h.startsWith('/cities/'));
  expect(lastNational).toBeGreaterThanOrEqual(0);
  expect(firstCity).toBeGreaterThan(lastNational);
});

test('near-identical pages of many cities are grouped, a few at most, with a way to pick one city', async ({ page }) => {
  await searchFor(page, { q: '医保卡里的钱能取出来吗' });
  const group = page.locator('.result-group').first();
  await expect(group.locator('h2')).toContainText('各城市');
  const cityLinks = (await hrefs(page)).filter((h) => h.startsWith('/cities/'));
  const perTemplate = new Map<string, Set<string>>();
  for (const href of cityLinks) {
    const [, , city, ...rest] = href.split('/');
    const template = rest.join('/');
    perTemplate.set(template, (perTemplate.get(template) ?? new Set()).add(city!));
  }
  for (const cities of perTemplate.values()) expect(cities.size).toBeLessThanOrEqual(3);
  // The site has far more cities with this page than are listed; the reader is offered the city filter.
  await expect(page.locator('.search-cities')).toContainText(/\d+ 个城市都有相关页面/);
  await page.getByRole('button', { name: '选你的城市，只看本市的' }).click();
  await expect(page.locator('#f-city')).toBeFocused();
  await page.locator('#f-city').selectOption('宁波');
  await expect(page).toHaveURL(/city=%E5%AE%81%E6%B3%A2/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/cities/ningbo/withdrawal/');
});

test('every result shows its title, its city (or 全国通用) and an excerpt with the words marked', async ({ page }) => {
  await searchFor(page, { q: '杭州 余额' });
  const first = page.locator('[data-search-results] .result').first();
  await expect(first.locator('.result-title a')).toHaveText(/杭州：/);
  await expect(first.locator('.result-where')).toHaveText('杭州');
  await expect(first.locator('.result-excerpt')).not.toBeEmpty();
  await expect(first.locator('.result-excerpt mark').first()).toBeVisible();
  const national = page.locator('[data-search-results] .result').filter({ has: page.locator('a[href^="/channels/"], a[href^="/guides/"]') }).first();
  await expect(national.locator('.result-where')).toHaveText(/^全国通用/);
});

test('a search typed into the form becomes a link that restores the query, filters and results', async ({ page, context }) => {
  await page.goto('/search/');
  await page.getByLabel('搜什么（城市名、拼音或问题）').fill('hangzhou 余额');
  await page.getByLabel('搜什么（城市名、拼音或问题）').press('Enter');
  await expect(status(page)).toContainText('找到');
  await expect(page).toHaveURL(/\?q=hangzhou\+%E4%BD%99%E9%A2%9D&city=%E6%9D%AD%E5%B7%9E$/);
  const firstHere = await resultLinks(page).first().getAttribute('href');

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(status(shared)).toContainText('找到');
  await expect(shared.getByLabel('搜什么（城市名、拼音或问题）')).toHaveValue('hangzhou 余额');
  await expect(shared.locator('#f-city')).toHaveValue('杭州');
  await expect(resultLinks(shared).first()).toHaveAttribute('href', firstHere!);
});

test('a shared link may name the city by its slug and a topic without any words', async ({ page }) => {
  await searchFor(page, { q: '余额', city: 'hangzhou' });
  await expect(page.locator('#f-city')).toHaveValue('杭州');
  expect((await hrefs(page)).filter((h) => h.startsWith('/cities/')).every((h) => h.startsWith('/cities/hangzhou/'))).toBe(true);

  await searchFor(page, { topic: '防骗' });
  await expect(page.locator('#f-topic')).toHaveValue('防骗');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/guides/scams/');
});

test('choosing a filter searches again and puts the filter in the address', async ({ page }) => {
  await searchFor(page, { q: '余额' });
  await page.getByText('按城市、省份、事项、办理渠道筛选').click();
  await page.getByLabel('办理渠道').selectOption('支付宝');
  await expect(page).toHaveURL(/channel=%E6%94%AF%E4%BB%98%E5%AE%9D/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/channels/alipay/');
});

test('a city with one wrong letter is searched as the city, and the page says so', async ({ page }) => {
  await searchFor(page, { q: 'hangzou' });
  await expect(status(page)).toContainText('已按“杭州”（你输入的是“hangzou”）搜索');
});

test('words that match nothing say so and point to the city list', async ({ page }) => {
  await searchFor(page, { q: 'qqzzqqzz' });
  await expect(status(page)).toContainText('没有找到相关页面');
  await expect(page.locator('[data-search-results]').getByRole('link', { name: '全部城市列表' })).toHaveAttribute('href', '/cities/');
});

test('source lists are not searchable: the site a source was read on does not find the page that cites it', async ({ page, request }) => {
  // A reprint site's name appears on the page only in the source list (“本站读到的网站：…”).
  type Sourced = { sources?: { via?: string }[] } | null;
  const cited = (await allCities(request)).flatMap((c) =>
    [c.retirement, c.withdrawal, c.monthlyCredit, ...c.channels]
      .flatMap((f) => (f as Sourced)?.sources ?? [])
      .map((s) => ({ slug: c.slug, site: /([a-z0-9-]{6,})\.(?:com|cn|net|org)/.exec(s.via ?? '')?.[1] })),
  );
  const example = cited.find((c) => c.site);
  expect(example, 'some source in the open data was read on a reprint site').toBeTruthy();
  await searchFor(page, { q: example!.site! });
  // The search may still suggest pages for what the letters look like in pinyin, never the citing ones.
  expect((await hrefs(page)).filter((h) => h.startsWith(`/cities/${example!.slug}/`) || h.startsWith('/compare/'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search form still submits as a GET form and the page explains what to do instead', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('搜什么（城市名、拼音或问题）').fill('杭州 余额');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%E6%9D%AD%E5%B7%9E\+%E4%BD%99%E9%A2%9D/);
    // Read from the markup: how Chromium shows <noscript> with scripts switched off by Playwright varies.
    const note = await page.locator('main noscript').evaluate((el) => el.innerHTML);
    expect(note).toContain('没有运行网页程序');
    expect(note).toContain('href="/cities/"');
  });
});
