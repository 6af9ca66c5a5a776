import { provinceViews } from '../../lib/places.ts';
import { provinceRecord } from '../../lib/open-data.ts';
import { today } from '../../lib/cities.ts';
import { siteConfig } from '../../site.config.ts';

export async function GET() {
  const rows = (await provinceViews()).map((v) => provinceRecord(v, siteConfig.siteUrl, today));
  return new Response(JSON.stringify(rows, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
