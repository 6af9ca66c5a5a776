/** City pages' data: each city with its province, its resolved rules and its channels. Built once. */
import { buildDate } from './dates.ts';
import { channelsOfCity, localHotline, type CityChannelGroup } from './city-channels.ts';
import { citiesById, national, provincesById, type CityEntry, type ProvinceEntry } from './collections.ts';
import { resolveRule, type Place, type ResolvedFact } from './facts.ts';
import type { City } from '../schemas/city.ts';
import type { MonthlyCreditRule, RetirementRule, WithdrawalRule } from '../schemas/rules.ts';

export interface CityView {
  id: string;
  city: CityEntry['data'];
  province: ProvinceEntry;
  /** The body text of the city file, if any. */
  entry: CityEntry;
  place: Place;
  retirement: ResolvedFact<RetirementRule> | undefined;
  withdrawal: ResolvedFact<WithdrawalRule> | undefined;
  monthlyCredit: ResolvedFact<MonthlyCreditRule> | undefined;
  channels: CityChannelGroup[];
  /** 区号-12393 */
  hotline: string;
}

let views: Promise<CityView[]> | undefined;

async function buildViews(): Promise<CityView[]> {
  const [cities, provinces, nationalEntry] = await Promise.all([citiesById(), provincesById(), national()]);
  const list: CityView[] = [];
  for (const entry of cities.values()) {
    const province = provinces.get(entry.data.province.id);
    if (!province) throw new Error(`content/cities/${entry.id}.md: province “${entry.data.province.id}” does not exist`);
    const city = entry.data;
    const place: Place = { city: city as unknown as City, province: province.data, national: nationalEntry.data };
    list.push({
      id: entry.id,
      city,
      province,
      entry,
      place,
      retirement: resolveRule(place, 'retirement'),
      withdrawal: resolveRule(place, 'withdrawal'),
      monthlyCredit: resolveRule(place, 'monthlyCredit'),
      channels: channelsOfCity(city.channels),
      hotline: localHotline(city.areaCode),
    });
  }
  return list.sort((a, b) => a.city.code.localeCompare(b.city.code));
}

/** Every city, by GB/T 2260 code (so provinces come together). */
export const cityViews = (): Promise<CityView[]> => (views ??= buildViews());


/** getStaticPaths for every page under /cities/<slug>/. */
export async function cityPaths() {
  return (await cityViews()).map((view) => ({ params: { city: view.id }, props: { view } }));
}

/** getStaticPaths for /cities/<slug>/balance/<channel>/. */
export async function cityChannelPaths() {
  return (await cityViews()).flatMap((view) =>
    view.channels.map((group) => ({ params: { city: view.id, channel: group.id }, props: { view, group } })),
  );
}

let provinceMap: Promise<Map<string, string>> | undefined;
/** City slug → province slug, for pages that only know their own address. */
export const provinceOfCity = (): Promise<Map<string, string>> =>
  (provinceMap ??= cityViews().then((views) => new Map(views.map((v) => [v.id, v.province.id]))));

export const today = buildDate();
