import { describe, expect, test } from 'vitest';
import { checkCsp, checkOutboundRel, checkPageMeta, checkReportLink } from '../../src/lib/html-checks.ts';
import { siteConfig } from '../../src/site.config.ts';
import { brokenDir, loadSite, pageAt } from './lib/site.ts';

const origin = siteConfig.siteUrl;

describe('every page of the built site', () => {
  const site = loadSite();

  test('has one title, a description, exactly one h1, lang="zh-CN" and a canonical URL pointing at itself', () => {
    expect(site.pages.flatMap((p) => checkPageMeta(p, origin))).toEqual([]);
  });

  test('carries a CSP meta that never allows inline scripts wholesale and hashes each inline script it runs', () => {
    expect(site.pages.flatMap(checkCsp)).toEqual([]);
  });

  test('links to other sites with rel="noopener"', () => {
    expect(site.pages.flatMap((p) => checkOutboundRel(p, origin))).toEqual([]);
    // The check would be empty on a site without outbound links: make sure it saw some.
    expect(site.pages.some((p) => p.links.some((l) => l.value.includes('gov.cn')))).toBe(true);
  });

  test('has a 报告错误 link prefilled with the page address and the ids of its facts', () => {
    expect(site.pages.flatMap((p) => checkReportLink(p, siteConfig.reportTo))).toEqual([]);
  });
});

describe('the page checks on broken fixture pages', () => {
  const site = loadSite(brokenDir);

  test('pass a page that has everything', () => {
    const good = pageAt(site, '/good/');
    expect([...checkPageMeta(good, origin), ...checkCsp(good), ...checkOutboundRel(good, origin), ...checkReportLink(good, siteConfig.reportTo)]).toEqual([]);
  });

  test('report a missing h1, an empty title, no description, a wrong lang and a foreign canonical', () => {
    expect(checkPageMeta(pageAt(site, '/no-h1/'), origin)).toEqual([
      '/no-h1/: <html lang> 应为 "zh-CN"，实际是 "en"',
      '/no-h1/: 应有且只有一个非空的 <title>，实际有 0 个',
      '/no-h1/: 缺少 <meta name="description">（分享和搜索结果里显示的摘要）',
      '/no-h1/: 应有且只有一个 <h1>，实际有 0 个',
      `/no-h1/: canonical https://other.example/no-h1/ 不在本站地址 ${origin} 下`,
    ]);
  });

  test('report a page without any CSP', () => {
    expect(checkCsp(pageAt(site, '/no-h1/'))).toEqual(['/no-h1/: 缺少 Content-Security-Policy（<meta http-equiv>）']);
  });

  test("report 'unsafe-inline' scripts, an unhashed inline script and a style attribute", () => {
    const problems = checkCsp(pageAt(site, '/'));
    expect(problems).toContain("/: CSP 的 script-src 不能含 'unsafe-inline'");
    expect(problems.some((p) => p.startsWith('/: 内联脚本 “document.documentElement.dataset.js') && p.includes('不在 CSP 的 script-src 里'))).toBe(true);
    expect(problems).toContain('/: 有 1 个元素写了 style 属性，CSP 会拦下它们；请改用样式表里的类');
  });

  test('report a link to another site without rel="noopener"', () => {
    expect(checkOutboundRel(pageAt(site, '/'), origin)).toEqual(['/: 外部链接 https://www.nhsa.gov.cn/ 的 rel 应包含 noopener']);
  });

  test('report a 报告错误 link sent elsewhere, and one that names neither the page nor its facts', () => {
    expect(checkReportLink(pageAt(site, '/no-report/'), siteConfig.reportTo)).toEqual([
      `/no-report/: “报告错误”链接应发往 ${siteConfig.reportTo}，实际是 mailto:someone-else@example.org`,
    ]);
    const elsewhere = checkReportLink(pageAt(site, '/no-report/'), 'mailto:someone-else@example.org');
    expect(elsewhere).toEqual([
      '/no-report/: “报告错误”链接的正文没有写明本页网址',
      '/no-report/: 本页有事实（monthly-credit），“报告错误”链接的正文却没有写明事实编号',
    ]);
    expect(checkReportLink(pageAt(site, '/no-h1/'), siteConfig.reportTo)).toEqual(['/no-h1/: 缺少“报告错误”链接']);
  });
});
