// sitemap.xml: every HTML page of the site, with lastmod from the content's checked dates.
// Pages are found from the page files themselves (and their getStaticPaths), so a new kind of page
// is listed without anyone remembering to add it here.
import type { APIRoute } from 'astro';
import { cityViews } from '../lib/cities.ts';
import { channelsInOrder, guidesInOrder, updatesById } from '../lib/collections.ts';
import { fillRoute, lastmodOf, latestCheckedAt, routeOfPageFile, sitemapXml } from '../lib/sitemap.ts';
import { siteConfig } from '../site.config.ts';

type Params = Record<string, string | number | undefined>;
type PageModule = { getStaticPaths?: () => Promise<{ params: Params }[]> | { params: Params }[] };

/** Pages that are not for search engines (the 404 page says noindex). */
const unlisted = new Set(['./404.astro']);
const pageFiles = import.meta.glob<PageModule>(['./**/*.astro', './**/*.md', './**/*.mdx']);

async function pathnames(): Promise<string[]> {
  const lists = await Promise.all(
    Object.entries(pageFiles)
      .filter(([file]) => !unlisted.has(file) && !file.split('/').some((part) => part.startsWith('_')))
      .map(async ([file, load]) => {
        const route = routeOfPageFile(file);
        if (!route.includes('[')) return [route];
        const paths = await (await load()).getStaticPaths?.();
        if (!paths) throw new Error(`${file}: a dynamic page without getStaticPaths`);
        return paths.map((p) => fillRoute(route, p.params));
      }),
  );
  return [...new Set(lists.flat())].sort();
}

async function datesByPrefix(): Promise<Map<string, string>> {
  const [views, channels, guides, updates] = await Promise.all([cityViews(), channelsInOrder(), guidesInOrder(), updatesById()]);
  const dates = new Map<string, string>();
  const set = (prefix: string, date: string | undefined) => date && dates.set(prefix, date);
  const channelDate = new Map(channels.map((c) => [c.id, c.data.checkedAt]));
  for (const c of channels) set(`/channels/${c.id}/`, c.data.checkedAt);
  for (const g of guides) set(`/guides/${g.id}/`, g.data.checkedAt);
  for (const v of views) {
    const city = latestCheckedAt(v.city, v.retirement?.value, v.withdrawal?.value, v.monthlyCredit?.value);
    set(`/cities/${v.id}/`, city);
    for (const g of v.channels) set(`/cities/${v.id}/balance/${g.id}/`, [city, channelDate.get(g.id)].filter((d) => d !== undefined).sort().at(-1));
  }
  const updateDates = [...updates.values()].map((u) => u.data.date).sort();
  set('/updates/', updateDates.at(-1));
  set('/', [...dates.values()].sort().at(-1));
  return dates;
}

export const GET: APIRoute = async () => {
  const [paths, dates] = await Promise.all([pathnames(), datesByPrefix()]);
  const xml = sitemapXml(paths.map((path) => ({ loc: new URL(path, siteConfig.siteUrl).href, lastmod: lastmodOf(path, dates) })));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
