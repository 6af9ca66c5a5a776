import { cityViews } from '../../lib/cities.ts';
import { cityListRecord } from '../../lib/open-data.ts';
import { siteConfig } from '../../site.config.ts';

export async function GET() {
  const rows = (await cityViews()).map((v) => cityListRecord(v, siteConfig.siteUrl));
  return new Response(JSON.stringify(rows, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
