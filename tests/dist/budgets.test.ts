import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkSite, pageTypeOf, type SiteReport } from '../../src/lib/budgets.ts';
import { siteOnDisk } from '../../scripts/bench/site-files.ts';

let report: SiteReport;
beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const site = siteOnDisk('dist');
  report = checkSite(site.files, site.read);
});

describe('the built site stays within its byte budgets', () => {
  test('measures every kind of page the site has', () => {
    const types = new Set(report.pages.map((p) => pageTypeOf(p.page)));
    for (const type of ['home', 'city list', 'city hub', 'city topic', 'city channel how-to', 'channel', 'guide', 'search'] as const) {
      expect(types, `no ${type} page in dist/`).toContain(type);
    }
  });

  test('every page but search loads at most 30 KB brotli and runs at most 3 KB brotli of JavaScript at load', () => {
    const over = report.violations.filter((v) => v.rule === 'first-load' || v.rule === 'script');
    expect(over.map((v) => `${v.file}: ${v.message}`)).toEqual([]);
  });

  test('no page asks at load for a file the build does not contain', () => {
    expect(report.violations.filter((v) => v.rule === 'unresolved').map((v) => `${v.file}: ${v.message}`)).toEqual([]);
  });

  test('no page’s HTML is over 60 KB raw', () => {
    expect(report.violations.filter((v) => v.rule === 'html-size').map((v) => `${v.file}: ${v.message}`)).toEqual([]);
  });

  test('the site ships no web fonts and no image over 50 KB', () => {
    const found = report.violations.filter((v) => v.rule === 'web-font' || v.rule === 'image-size');
    expect(found.map((v) => `${v.file}: ${v.message}`)).toEqual([]);
  });

  test('the picker’s engine is loaded on first use, not at load', () => {
    const home = report.pages.find((p) => p.page === '/')!;
    expect(home.resources.some((r) => r.kind === 'script')).toBe(true);
    expect(home.resources.map((r) => r.url).filter((u) => /picker-engine/.test(u))).toEqual([]);
  });
});
