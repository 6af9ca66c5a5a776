/**
 * Ranks cities for what a reader types: a Chinese name, full pinyin, initials, a prefix of any,
 * an alias (with or without 市, old names), or pinyin with one wrong letter. Pure and small:
 * it runs in the browser picker and at build time in tests.
 */

/** One city in the picker's index (/data/city-index.json). Short keys keep the file small. */
export interface CityIndexEntry {
  /** slug */
  s: string;
  /** short name, 杭州 */
  n: string;
  /** full name, 杭州市 */
  f: string;
  /** province short name, 浙江 */
  p: string;
  /** pinyin, hangzhou */
  y: string;
  /** initials, hz */
  i: string;
  /** aliases and old names */
  a: string[];
  /** size rank for ties: 3 municipality, 2 provincial capital, 1 sub-provincial city, 0 other */
  r: number;
}

export const normalizeQuery = (q: string): string =>
  q
    .trim()
    .toLowerCase()
    .replace(/[\s'’·\-]/g, '')
    .replace(/ü/g, 'v');

/** True when `a` and `b` have the same length and differ in at most one letter, or one letter is missing/extra. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const isLatin = (q: string) => /^[a-z]+$/.test(q);

/** Lower tier is better: 0 exact, 1 prefix, 2 initials, 3 near miss or province match, -1 none. */
export function tierOf(city: CityIndexEntry, q: string): number {
  if (!q) return -1;
  const names = [city.n, city.f, ...city.a];
  if (isLatin(q)) {
    if (q === city.y) return 0;
    if (q.length >= 2 && city.y.startsWith(q)) return 1;
    if (q === city.i) return 2;
    if (q.length >= 2 && city.i.startsWith(q)) return 2;
    if (q.length === 1 && city.y.startsWith(q)) return 2;
    if (q.length >= 5 && withinOneEdit(q, city.y)) return 3;
    return -1;
  }
  const bare = q.replace(/市$/, '');
  if (!bare) return -1;
  if (names.some((n) => n === q || n === bare)) return 0;
  if (names.some((n) => n.startsWith(bare))) return 1;
  if (city.p === bare || `${city.p}省` === q) return 3;
  return -1;
}

/** The best `limit` cities for a query, ranked by tier, then size, then pinyin. */
export function matchCities(query: string, index: readonly CityIndexEntry[], limit = 8): CityIndexEntry[] {
  const q = normalizeQuery(query);
  const scored: [number, CityIndexEntry][] = [];
  for (const city of index) {
    const tier = tierOf(city, q);
    if (tier >= 0) scored.push([tier, city]);
  }
  scored.sort(([ta, a], [tb, b]) => ta - tb || b.r - a.r || a.y.localeCompare(b.y));
  return scored.slice(0, limit).map(([, c]) => c);
}
