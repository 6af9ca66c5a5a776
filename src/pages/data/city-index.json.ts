// The picker's small city index, fetched on first use of a city box.
import { cityViews } from '../../lib/cities.ts';
import { cityIndexEntry } from '../../lib/city-index.ts';

export async function GET() {
  const entries = (await cityViews()).map((v) => cityIndexEntry({ ...v.city, id: v.id, provinceName: v.province.data.name }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
}
