import type { APIRoute } from 'astro';
import { provincePaths, type ProvinceView } from '../../../lib/places.ts';
import { provinceRecord } from '../../../lib/open-data.ts';
import { today } from '../../../lib/cities.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = provincePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(provinceRecord(props['view'] as ProvinceView, siteConfig.siteUrl, today), null, 1), { headers: { 'Content-Type': 'application/json' } });
