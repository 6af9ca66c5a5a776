/**
 * Reads a `_headers` file (the format Cloudflare Pages and Netlify share) and checks the rules a
 * reader's privacy and the cache depend on. Pure: give it the file's text.
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Rules in file order: an unindented line is a URL pattern, indented `Name: value` lines belong to it. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([raw.slice(0, colon).trim().toLowerCase(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

/** Every value each header gets on `path`, from every matching rule (hosts join repeats). */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** Sample paths of each kind and what each must get. */
export function checkHeaders(rules: readonly HeaderRule[], samples = { page: '/cities/hangzhou/', home: '/', asset: '/_astro/Base.abc123.css', search: '/pagefind/pagefind.js' }): string[] {
  const problems: string[] = [];
  for (const [kind, path] of Object.entries(samples)) {
    const h = headersFor(rules, path);
    const one = (name: string) => {
      const values = h.get(name) ?? [];
      if (values.length > 1) problems.push(`${path}: ${name} 被 ${values.length} 条规则同时设置，主机会把它们拼在一起`);
      return values[0] ?? '';
    };
    if (!/frame-ancestors 'none'/.test(one('content-security-policy'))) problems.push(`${path}: Content-Security-Policy 应含 frame-ancestors 'none'（不许别的网站把本站套在框里）`);
    if (one('x-content-type-options') !== 'nosniff') problems.push(`${path}: X-Content-Type-Options 应为 nosniff`);
    if (!['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(one('referrer-policy'))) problems.push(`${path}: Referrer-Policy 应不把完整网址告诉别的网站`);
    if (!/geolocation=\(\)/.test(one('permissions-policy'))) problems.push(`${path}: Permissions-Policy 应关掉定位、摄像头等权限`);
    const cache = one('cache-control');
    const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? NaN);
    if (kind === 'asset') {
      if (!cache.includes('immutable') || !(maxAge >= 31_536_000)) problems.push(`${path}: 带指纹的 /_astro/ 文件应缓存一年并标 immutable，实际是 “${cache}”`);
    } else if (!(maxAge <= 3600) || cache.includes('immutable')) {
      problems.push(`${path}: 网页和搜索索引的缓存应不超过一小时且不能 immutable，实际是 “${cache}”`);
    }
  }
  return problems;
}
