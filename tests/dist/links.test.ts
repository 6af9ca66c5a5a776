import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../src/lib/html-checks.ts';
import { siteConfig } from '../../src/site.config.ts';
import { brokenDir, loadSite } from './lib/site.ts';

const options = { siteOrigin: siteConfig.siteUrl };

describe('links in the built site', () => {
  test('every internal link and #anchor resolves to a file in dist/', () => {
    const site = loadSite();
    const result = checkLinks(site.pages, site.files, options);
    expect(result.checked).toBeGreaterThan(site.pages.length * 5);
    expect(result.broken).toEqual([]);
  });
});

describe('the link check on a broken fixture site', () => {
  const site = loadSite(brokenDir);
  const { broken } = checkLinks(site.pages, site.files, options);

  test('reports a link to a page that does not exist', () => {
    expect(broken).toContain('/: 链接 /missing/ 指向的页面不存在');
  });

  test('reports a missing image as well as a missing page', () => {
    expect(broken).toContain('/: 链接 /images/missing.png 指向的页面不存在');
  });

  test('reports an anchor that the target page does not have, and one missing on the page itself', () => {
    expect(broken).toContain('/: 链接 /good/#nowhere 的锚点 #nowhere 在 /good/ 上找不到');
    expect(broken).toContain('/: 链接 #top 的锚点 #top 在 / 上找不到');
  });

  test('accepts links and anchors that exist', () => {
    expect(broken.filter((line) => line.startsWith('/good/'))).toEqual([]);
    expect(broken.some((line) => line.includes('#here'))).toBe(false);
  });
});
