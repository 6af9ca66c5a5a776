import { cityWhere, type CityData } from './open-data.ts';
import { expect, test, type Page } from '@playwright/test';

/** One page of each kind a reader meets. */
const pageTypes = [
  '/',
  '/cities/',
  '/cities/hangzhou/',
  '/cities/hangzhou/balance/',
  '/cities/hangzhou/balance/wechat/',
  '/cities/hangzhou/withdrawal/',
  '/cities/hangzhou/retirement/',
  '/cities/hangzhou/monthly-credit/',
  '/channels/app/',
  '/guides/family-sharing/',
  '/updates/',
  '/search/',
];

const px = (value: string) => Number.parseFloat(value);
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test('body text is at least 18px with a line height of at least 1.7', async ({ page }) => {
  for (const path of ['/', '/cities/hangzhou/', '/guides/withdrawal/']) {
    await page.goto(path);
    const size = px(await style(page, 'main p', 'font-size'));
    const lineHeight = px(await style(page, 'main p', 'line-height'));
    expect(size, path).toBeGreaterThanOrEqual(18);
    expect(lineHeight / size, path).toBeGreaterThanOrEqual(1.7);
  }
});

test('buttons, menus and standalone links are at least 44px tall', async ({ page }) => {
  for (const path of ['/cities/hangzhou/', '/cities/hangzhou/balance/wechat/']) {
    await page.goto(path);
    const small = await page
      .locator('button, .site-nav a, .breadcrumb a, .site-footer a, .step-link, .tasks a, .city-list a, summary, a.button, input')
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({ what: el.outerHTML.slice(0, 80), height: el.getBoundingClientRect().height }))
          .filter((e) => e.height < 44),
      );
    expect(small, path).toEqual([]);
  }
});

test('大字 makes the text larger and 高对比度 makes it darker, and both say they are on', async ({ page }) => {
  await page.goto('/cities/hangzhou/');
  const before = { size: px(await style(page, 'main p', 'font-size')), muted: await style(page, '.muted', 'color') };
  await page.getByRole('button', { name: '大字' }).click();
  await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
  expect(px(await style(page, 'main p', 'font-size'))).toBeGreaterThanOrEqual(before.size * 1.2);
  expect(before.muted).not.toBe('rgb(0, 0, 0)');
  await page.getByRole('button', { name: '高对比度' }).click();
  await expect(page.getByRole('button', { name: '高对比度' })).toHaveAttribute('aria-pressed', 'true');
  expect(await style(page, '.muted', 'color')).toBe('rgb(0, 0, 0)');
  expect(await style(page, 'body', 'color')).toBe('rgb(0, 0, 0)');
  // Off again: back to the normal size.
  await page.getByRole('button', { name: '大字' }).click();
  expect(px(await style(page, 'main p', 'font-size'))).toBe(before.size);
});

test('the reader’s choice is remembered on the next page and after a reload', async ({ page }) => {
  await page.goto('/cities/hangzhou/');
  const normal = px(await style(page, 'main p', 'font-size'));
  await page.getByRole('button', { name: '大字' }).click();
  await page.getByRole('button', { name: '高对比度' }).click();
  await page.locator('[data-at-a-glance]').getByRole('link', { name: '怎么查余额' }).click();
  await expect(page).toHaveURL(/\/balance\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-large', '1');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', '1');
  expect(px(await style(page, 'main p', 'font-size'))).toBeGreaterThan(normal);
  await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-large', '1');
});

test('a link with ?large=1 opens large, keeps it on the next page, and ?large=0 turns it off', async ({ page }) => {
  await page.goto('/cities/hangzhou/?large=1');
  await expect(page.locator('html')).toHaveAttribute('data-large', '1');
  await page.goto('/guides/withdrawal/');
  await expect(page.locator('html')).toHaveAttribute('data-large', '1');
  await page.goto('/guides/withdrawal/?large=0');
  await expect(page.locator('html')).not.toHaveAttribute('data-large', /.*/);
  await page.goto('/cities/hangzhou/?contrast=1');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', '1');
});

test('switching large mode off on a page opened with ?large=1 stays off after a reload', async ({ page }) => {
  await page.goto('/cities/hangzhou/?large=1');
  await page.getByRole('button', { name: '大字' }).click();
  await expect(page).toHaveURL(/\/cities\/hangzhou\/$/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-large', /.*/);
});

test('a saved choice is applied before first paint: nothing on screen changes after load', async ({ page }) => {
  // A slow phone network: the page's scripts arrive well after the first paint, so anything they
  // change on screen shows up between the sampled frames.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((done) => setTimeout(done, 1200));
    await route.continue();
  });
  await page.addInitScript(() => {
    localStorage.setItem('yb-large', '1');
    localStorage.setItem('yb-contrast', '1');
    // Record what a reader would see, on every frame the browser draws, whenever it changes.
    const w = window as unknown as { seen_: string[]; shift_: number };
    w.seen_ = [];
    w.shift_ = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shift_ += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    const sample = () => {
      const header = document.querySelector('.site-header');
      const switches = document.querySelector('[data-reading-switches]');
      const large = document.querySelector('[data-pref="large"]');
      const print = document.querySelector('[data-print]');
      const p = document.querySelector('main p');
      if (header && switches && large && print && p) {
        const now = JSON.stringify([
          getComputedStyle(p).fontSize,
          getComputedStyle(document.body).color,
          getComputedStyle(switches).display,
          getComputedStyle(large).backgroundColor,
          getComputedStyle(print).display,
          Math.round(header.getBoundingClientRect().height),
        ]);
        if (w.seen_.at(-1) !== now) w.seen_.push(now);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto('/cities/hangzhou/withdrawal/');
  // The module has run once the switch reports its state to screen readers.
  await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true', { timeout: 10_000 });
  await page.waitForTimeout(300);
  const { seen, shift } = await page.evaluate(() => {
    const w = window as unknown as { seen_: string[]; shift_: number };
    return { seen: w.seen_, shift: w.shift_ };
  });
  expect(seen.length).toBeGreaterThan(0);
  const [size, colour, switches, pressed, printButton] = JSON.parse(seen[0]!) as string[];
  expect(px(size!)).toBeGreaterThanOrEqual(22); // large from the very first frame
  expect(colour).toBe('rgb(0, 0, 0)'); // high contrast from the very first frame
  expect(switches).not.toBe('none'); // the switches are there from the start…
  expect(pressed).toBe('rgb(255, 255, 255)'); // …already showing “on”
  expect(printButton).not.toBe('none');
  expect(seen).toHaveLength(1);
  expect(shift).toBe(0);
});

test('without JavaScript the switches are not shown, and the step link is a plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/cities/hangzhou/balance/wechat/');
  await expect(page.locator('[data-reading-switches]')).toBeHidden();
  const link = page.locator('#step-2 .step-link');
  await expect(link).toHaveText(/^本步链接/);
  await expect(link).toHaveAttribute('href', '#step-2');
  await context.close();
});

for (const mode of ['large=1', 'large=1&contrast=1']) {
  test(`nothing is wider than a 320px screen in ${mode} mode`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pageTypes) {
      await page.goto(`${path}?${mode}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}

test('the step in the address is highlighted', async ({ page }) => {
  await page.goto('/cities/hangzhou/balance/wechat/#step-2');
  const look = (id: string) => page.locator(id).evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).backgroundColor].join(' '));
  expect(await look('#step-2')).toContain('solid');
  expect(await look('#step-1')).not.toBe(await look('#step-2'));
  await expect(page.locator('#step-2')).toBeInViewport();
});

test('复制本步链接 copies the step’s own address, without the reader’s settings', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const page = await context.newPage();
  await page.goto('/cities/hangzhou/balance/wechat/?large=1');
  const button = page.locator('#step-3 .step-link');
  await expect(button).toHaveRole('button');
  await expect(button).toHaveText('复制本步链接（第 3 步）');
  await button.click();
  const expected = `${baseURL}/cities/hangzhou/balance/wechat/#step-3`;
  await expect(button).toContainText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(page.url()).toBe(expected);
  // The copied address opens on that step.
  await page.goto(expected);
  await expect(page.locator('#step-3')).toBeInViewport();
  await context.close();
});

test('a city hub’s phone script says what to have ready, what to say, and the menu where a source gives it', async ({ page, request }) => {
  const menuOf = (c: CityData) => c.channels.find((ch) => ch.channel === 'hotline' && ch.how)?.how;
  const withMenu = await cityWhere(request, '有来源说明热线菜单', (c) => Boolean(menuOf(c)));
  await page.goto(`/cities/${withMenu.slug}/`);
  const script = page.locator('#phone-script');
  await script.locator('summary').click();
  await expect(script).toContainText('身份证号码');
  await expect(script).toContainText('社保卡');
  await expect(script).toContainText('可以这样说');
  const hotline = `${withMenu.areaCode}-12393`;
  await expect(script.getByRole('link', { name: hotline })).toHaveAttribute('href', `tel:${hotline.replace('-', '')}`);
  await expect(script).toContainText(menuOf(withMenu)!);
  const withoutMenu = await cityWhere(request, '没有来源说明热线菜单', (c) => !menuOf(c));
  await page.goto(`/cities/${withoutMenu.slug}/`);
  await page.locator('#phone-script summary').click();
  await expect(page.locator('#phone-script')).toContainText('还没有找到可靠来源');
});
