// Counts the cities whose pages rest on city-level sourced facts, per topic, and lists them.
// A topic counts for a city when the city's own file (or, for a municipality, its province
// file) has that group with at least one source; `--settled` counts only A/B-backed facts.
//   node scripts/coverage.ts [--settled]
import { readContent } from '../src/lib/content-files.ts';
import { trustOf } from '../src/lib/facts.ts';
import { citySchema } from '../src/schemas/city.ts';
import { provinceSchema } from '../src/schemas/province.ts';
import type { Source } from '../src/schemas/shared.ts';

const settledOnly = process.argv.includes('--settled');
const files = readContent(process.cwd());
const provinces = new Map(files.provinces.map((f) => [f.id, provinceSchema.parse(f.data)]));
type Fact = { sources: Source[]; confidence?: 'settled' | 'unverified' | undefined } | undefined;
const counts = (fact: Fact) => Boolean(fact && fact.sources.length && (!settledOnly || trustOf(fact) === 'settled'));

const rows = files.cities.map((file) => {
  const city = citySchema.parse(file.data);
  const own = city.kind === 'municipality' ? { ...provinces.get(city.province), ...city } : city;
  const balance = city.channels.some((c) => counts(c));
  const topics = { balance, withdrawal: counts(own.withdrawal), retirement: counts(own.retirement), monthlyCredit: counts(own.monthlyCredit) };
  return { id: file.id, name: city.name, topics, n: Object.values(topics).filter(Boolean).length };
});
const atLeast3 = rows.filter((r) => r.n >= 3);
console.log(`Cities with city-level ${settledOnly ? 'A/B-sourced' : 'sourced'} facts on at least 3 of 4 topics: ${atLeast3.length} (target 40)`);
for (const n of [4, 3, 2, 1]) console.log(`  ${n} topic(s): ${rows.filter((r) => r.n === n).map((r) => r.name).join(' ') || '—'}`);
