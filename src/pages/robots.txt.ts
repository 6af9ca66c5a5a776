// robots.txt, generated so the sitemap address follows SITE_URL like every canonical link does.
import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', siteConfig.siteUrl).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
