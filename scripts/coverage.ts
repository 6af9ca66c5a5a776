// Counts the cities whose pages rest on city-level sourced facts, per topic, and lists them.
// What counts is decided by coveredTopics (src/lib/coverage.ts); `--settled` counts only A/B-backed facts.
//   node scripts/coverage.ts [--settled]
import { readContent } from '../src/lib/content-files.ts';
import { coveredTopics } from '../src/lib/coverage.ts';
import { citySchema } from '../src/schemas/city.ts';
import { provinceSchema } from '../src/schemas/province.ts';

const settledOnly = process.argv.includes('--settled');
const files = readContent(process.cwd());
const provinces = new Map(files.provinces.map((f) => [f.id, provinceSchema.parse(f.data)]));

const rows = files.cities.map((file) => {
  const city = citySchema.parse(file.data);
  return { name: city.name, n: coveredTopics(city, provinces.get(city.province), settledOnly).length };
});
const atLeast3 = rows.filter((r) => r.n >= 3);
console.log(`Cities with city-level ${settledOnly ? 'A/B-sourced' : 'sourced'} facts on at least 3 of 4 topics: ${atLeast3.length} (target 40)`);
for (const n of [4, 3, 2, 1]) console.log(`  ${n} topic(s): ${rows.filter((r) => r.n === n).map((r) => r.name).join(' ') || '—'}`);
