import { describe, expect, test } from 'vitest';
import { reportHref } from '../../src/lib/page-meta.ts';
import { siteConfig } from '../../src/site.config.ts';

const parse = (href: string) => {
  const [to, query = ''] = href.split('?') as [string, string?];
  return { to, params: new URLSearchParams(query) };
};

describe('reportHref', () => {
  test('opens a mail to the configured address with the page URL and fact ids in the body', () => {
    const href = reportHref(siteConfig.reportTo, 'https://yibao-guide.example/cities/hangzhou/', '杭州医保', ['hangzhou:retirement', 'hangzhou:withdrawal']);
    const { to, params } = parse(href);
    expect(to).toBe(siteConfig.reportTo);
    expect(params.get('subject')).toBe('报告错误：杭州医保');
    expect(params.get('body')).toBe('页面：https://yibao-guide.example/cities/hangzhou/\n涉及的事实：hangzhou:retirement、hangzhou:withdrawal\n哪里不对（请尽量附上官方来源）：');
  });

  test('writes spaces as %20, not +, so mail clients do not show plus signs', () => {
    const href = reportHref('mailto:x@example.org', 'https://e.example/a/', '杭州 余额', []);
    expect(href).toContain('%20');
    expect(href).not.toContain('+');
  });

  test('leaves out the fact line on a page without facts', () => {
    const { params } = parse(reportHref('mailto:x@example.org', 'https://e.example/', '首页', []));
    expect(params.get('body')).not.toContain('涉及的事实');
  });

  test('appends to an issue-tracker URL that already has a query', () => {
    const href = reportHref('https://tracker.example/new?labels=error', 'https://e.example/a/', '页', ['a']);
    expect(href.startsWith('https://tracker.example/new?labels=error&subject=')).toBe(true);
  });
});
