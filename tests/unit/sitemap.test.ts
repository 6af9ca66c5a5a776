import { describe, expect, it } from 'vitest';
import { fillRoute, lastmodOf, latestCheckedAt, routeOfPageFile, sitemapXml } from '../../src/lib/sitemap.ts';

describe('addresses of page files', () => {
  it('maps index files to their folder and other files to a folder of their name', () => {
    expect(routeOfPageFile('./index.astro')).toBe('/');
    expect(routeOfPageFile('./cities/index.astro')).toBe('/cities/');
    expect(routeOfPageFile('./search.astro')).toBe('/search/');
    expect(routeOfPageFile('./cities/[city]/balance/[channel].astro')).toBe('/cities/[city]/balance/[channel]/');
  });
  it('fills params, including rest params, and fails loudly on a missing one', () => {
    expect(fillRoute('/cities/[city]/balance/[channel]/', { city: 'hangzhou', channel: 'wechat' })).toBe('/cities/hangzhou/balance/wechat/');
    expect(fillRoute('/docs/[...slug]/', { slug: 'a/b' })).toBe('/docs/a/b/');
    expect(() => fillRoute('/cities/[city]/', {})).toThrow(/city/);
  });
});

describe('lastmod', () => {
  it('finds the latest checkedAt at any depth', () => {
    const city = { hotlines: [{ checkedAt: '2025-01-02' }], retirement: { value: { checkedAt: '2026-03-04' } } };
    expect(latestCheckedAt(city, { checkedAt: '2025-12-31' }, undefined)).toBe('2026-03-04');
    expect(latestCheckedAt({ name: '杭州' })).toBeUndefined();
  });
  it('takes the date of the longest matching prefix', () => {
    const dates = new Map([
      ['/', '2026-11-22'],
      ['/cities/hangzhou/', '2026-05-01'],
      ['/cities/hangzhou/balance/wechat/', '2026-06-01'],
    ]);
    expect(lastmodOf('/cities/hangzhou/retirement/', dates)).toBe('2026-05-01');
    expect(lastmodOf('/cities/hangzhou/balance/wechat/', dates)).toBe('2026-06-01');
    expect(lastmodOf('/search/', dates)).toBe('2026-11-22');
    expect(lastmodOf('/x/', new Map())).toBeUndefined();
  });
});

describe('the XML', () => {
  it('escapes addresses and leaves lastmod out when unknown', () => {
    const xml = sitemapXml([{ loc: 'https://a.example/?a=1&b=2', lastmod: '2026-11-22' }, { loc: 'https://a.example/x/' }]);
    expect(xml).toContain('<loc>https://a.example/?a=1&amp;b=2</loc><lastmod>2026-11-22</lastmod>');
    expect(xml).toContain('<url><loc>https://a.example/x/</loc></url>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });
});
