import type { APIRoute } from 'astro';
import { cityViews, today, type CityView } from '../../../lib/cities.ts';
import { cityRecord } from '../../../lib/open-data.ts';
import { siteConfig } from '../../../site.config.ts';

export async function getStaticPaths() {
  return (await cityViews()).map((view) => ({ params: { slug: view.id }, props: { view } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(cityRecord(props['view'] as CityView, siteConfig.siteUrl, today), null, 1), { headers: { 'Content-Type': 'application/json' } });
