import type { APIRequestContext } from '@playwright/test';

// The built open data, read the way another program would: the tests pick their examples from it,
// so they keep testing each rule type as researchers change a city's numbers.
export interface Band { minAge?: number; maxAge?: number; yuanPerMonth?: number; percentOfAveragePension?: number }
export interface CityData {
  slug: string;
  name: string;
  areaCode: string;
  channels: { channel: string; name: string; how?: string }[];
  monthlyCredit: { employeePercentOfBase: number | null; retiree: Band[]; averagePension?: number | null } | null;
  retirement: { menYears: number | null; womenYears: number | null; localYears: number | null } | null;
  withdrawal: { conditions: { id: string; text: string; materials?: string[] }[] } | null;
}

let cities: Promise<CityData[]> | undefined;
export function allCities(request: APIRequestContext): Promise<CityData[]> {
  return (cities ??= (async () => {
    const list = (await (await request.get('/data/cities.json')).json()) as { slug: string }[];
    return Promise.all(list.map(async ({ slug }) => (await (await request.get(`/data/cities/${slug}.json`)).json()) as CityData));
  })());
}

/** The first city (in the list's order) whose data passes `test`; fails loudly when none does. */
export async function cityWhere(request: APIRequestContext, what: string, test: (c: CityData) => boolean): Promise<CityData> {
  const found = (await allCities(request)).find(test);
  if (!found) throw new Error(`没有一个城市的开放数据符合：${what}`);
  return found;
}
