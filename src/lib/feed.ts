/** The update feed: entries in reading order, and RSS 2.0 over them. Pure. */

export interface FeedItem {
  /** Stable id, used in the /updates/#anchor and the RSS guid. */
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  /** Which of one day's entries this is (1, 2, ...); a later one is newer. */
  sequence?: number | undefined;
}

/** Newest first; on the same day the higher sequence first, then by id so the order never depends on the file system. */
export const newestFirst = <T extends FeedItem>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.date.localeCompare(a.date) || (b.sequence ?? 1) - (a.sequence ?? 1) || a.id.localeCompare(b.id));

/** The anchor of an update on /updates/. Ids are file names like "2026-11-22-launch". */
export const updateAnchor = (id: string): string => `u-${id.replace(/[^a-zA-Z0-9-]/g, '-')}`;

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date for RSS, at midnight Beijing time: 2026-11-22 → "Sun, 22 Nov 2026 00:00:00 +0800". */
export function rfc822(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return `${weekday}, ${String(d).padStart(2, '0')} ${months[m - 1]} ${y} 00:00:00 +0800`;
}

const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface FeedChannel {
  title: string;
  description: string;
  siteUrl: string;
}

/** RSS 2.0, each item linking to its entry on /updates/. @see https://www.rssboard.org/rss-specification */
export function rssXml(channel: FeedChannel, items: readonly FeedItem[]): string {
  const page = new URL('/updates/', channel.siteUrl).href;
  const sorted = newestFirst(items);
  const entries = sorted.map((item) => {
    const link = `${page}#${updateAnchor(item.id)}`;
    return [
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<pubDate>${rfc822(item.date)}</pubDate>`,
      `<description>${escapeXml(item.summary)}</description>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(page)}</link>`,
    `<atom:link href="${escapeXml(new URL('/rss.xml', channel.siteUrl).href)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    '<language>zh-cn</language>',
    ...(sorted[0] ? [`<lastBuildDate>${rfc822(sorted[0].date)}</lastBuildDate>`] : []),
    ...entries,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
