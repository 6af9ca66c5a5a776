import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkHeaders, headersFor, parseHeaders } from '../../src/lib/static-headers.ts';
import { brokenDir, distDir } from './lib/site.ts';

describe('_headers shipped in dist/ for static hosts', () => {
  const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));

  test('forbids framing, sniffing, referrer leaks and device permissions, and caches assets long but pages short', () => {
    expect(checkHeaders(rules)).toEqual([]);
  });

  test('gives every kind of page and data file a short cache', () => {
    for (const path of ['/404.html', '/channels/app/', '/guides/balance/', '/search/', '/data/cities.json', '/qr/x.svg']) {
      expect(headersFor(rules, path).get('cache-control'), path).toEqual(['public, max-age=600, must-revalidate']);
    }
  });
});

describe('the header check on a broken _headers file', () => {
  test('reports the long page cache, the doubled asset cache, and each missing protection', () => {
    const problems = checkHeaders(parseHeaders(readFileSync(join(brokenDir, '_headers'), 'utf8')));
    expect(problems).toContain("/cities/hangzhou/: Content-Security-Policy 应含 frame-ancestors 'none'（不许别的网站把本站套在框里）");
    expect(problems).toContain('/cities/hangzhou/: X-Content-Type-Options 应为 nosniff');
    expect(problems).toContain('/cities/hangzhou/: Referrer-Policy 应不把完整网址告诉别的网站');
    expect(problems).toContain('/cities/hangzhou/: Permissions-Policy 应关掉定位、摄像头等权限');
    expect(problems).toContain('/cities/hangzhou/: 网页和搜索索引的缓存应不超过一小时且不能 immutable，实际是 “public, max-age=31536000, immutable”');
    expect(problems).toContain('/_astro/Base.abc123.css: cache-control 被 2 条规则同时设置，主机会把它们拼在一起');
  });
});
