/** sitemap.xml: which addresses a page file makes, and when each page's content was last checked. Pure. */

/**
 * The address pattern of a page file under src/pages: `cities/[city]/balance/[channel].astro` →
 * `/cities/[city]/balance/[channel]/` (the site uses trailing slashes and directory format).
 */
export function routeOfPageFile(file: string): string {
  const path = file.replace(/^\.?\//, '').replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '');
  return path ? `/${path}/` : '/';
}

/** Fills a route's `[param]` and `[...rest]` slots from getStaticPaths params. */
export function fillRoute(route: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route}: getStaticPaths gave no value for “${name}”`);
    return String(value);
  });
  return filled.replace(/\/{2,}/g, '/');
}

/** The latest `checkedAt` (or update `date`) anywhere inside content data, or undefined. */
export function latestCheckedAt(...values: unknown[]): string | undefined {
  let latest: string | undefined;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'checkedAt' && typeof v === 'string' && (!latest || v > latest)) latest = v;
      else visit(v, depth + 1);
    }
  };
  for (const value of values) visit(value, 0);
  return latest;
}

/**
 * A page's lastmod: the date kept for the longest address prefix that covers it. A city's pages
 * take the city's date, a city channel page the later of the city's and the channel's, and index
 * pages the latest date of the whole site (under "/").
 */
export function lastmodOf(pathname: string, datesByPrefix: ReadonlyMap<string, string>): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const [prefix, date] of datesByPrefix) {
    if (pathname.startsWith(prefix) && prefix.length > bestLength) {
      best = date;
      bestLength = prefix.length;
    }
  }
  return best;
}

export interface SitemapEntry {
  loc: string;
  lastmod?: string | undefined;
}

const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** @see https://www.sitemaps.org/protocol.html */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
