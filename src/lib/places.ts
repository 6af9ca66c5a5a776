/** Provinces with their cities and the places shown in comparison tables. Built once per build. */
import { cityViews, type CityView } from './cities.ts';
import { national, provincesById, type ProvinceEntry } from './collections.ts';
import type { ComparePlace } from './compare.ts';

export interface ProvinceView {
  id: string;
  province: ProvinceEntry;
  cities: CityView[];
}

let provinces: Promise<ProvinceView[]> | undefined;

export function provinceViews(): Promise<ProvinceView[]> {
  return (provinces ??= (async () => {
    const [all, cities] = await Promise.all([provincesById(), cityViews()]);
    return [...all.values()]
      .map((province) => ({ id: province.id, province, cities: cities.filter((c) => c.province.id === province.id) }))
      .sort((a, b) => a.province.data.code.localeCompare(b.province.data.code));
  })());
}

export async function provincePaths() {
  return (await provinceViews()).map((view) => ({ params: { province: view.id }, props: { view } }));
}

/** The national rule, then every province, then every city with rules of its own. */
export async function comparePlaces(): Promise<ComparePlace[]> {
  const [views, nationalEntry] = await Promise.all([provinceViews(), national()]);
  const n = nationalEntry.data;
  const rows: ComparePlace[] = [{ anchor: 'national', name: '全国', href: '/guides/', level: 'national', retirement: n.retirement, withdrawal: n.withdrawal, monthlyCredit: n.monthlyCredit }];
  for (const { province, cities } of views) {
    const d = province.data;
    rows.push({ anchor: `p-${province.id}`, name: d.name, href: `/provinces/${province.id}/`, level: d.kind === 'municipality' ? 'city' : 'province', retirement: d.retirement, withdrawal: d.withdrawal, monthlyCredit: d.monthlyCredit });
    for (const c of cities) {
      if (!c.city.retirement && !c.city.withdrawal && !c.city.monthlyCredit) continue;
      rows.push({ anchor: `c-${c.id}`, name: `${c.city.name}（${d.shortName}）`, href: `/cities/${c.id}/`, level: 'city', retirement: c.city.retirement, withdrawal: c.city.withdrawal, monthlyCredit: c.city.monthlyCredit });
    }
  }
  return rows;
}
