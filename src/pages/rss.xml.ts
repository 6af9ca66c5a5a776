// RSS feed of content changes, from content/updates/.
import type { APIRoute } from 'astro';
import { updatesById } from '../lib/collections.ts';
import { rssXml } from '../lib/feed.ts';
import { siteConfig } from '../site.config.ts';
import { t } from '../i18n/zh-CN.ts';

export const GET: APIRoute = async () => {
  const items = [...(await updatesById()).values()].map((u) => ({ id: u.id, ...u.data }));
  const xml = rssXml({ title: `${t.siteName} 更新记录`, description: '新收录的城市、改过的规定和本站的新功能，每条都写日期。', siteUrl: siteConfig.siteUrl }, items);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
