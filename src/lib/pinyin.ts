/**
 * Pinyin for place names. pinyin-pro reads most names right; the fix-ups hold the names it
 * reads wrong or that must be spelled a set way, so slugs and search keys are stable.
 */
import { pinyin } from 'pinyin-pro';

/** Place names whose syllables are fixed here; each one is checked by a unit test. */
export const pinyinFixups: Readonly<Record<string, readonly string[]>> = {
  重庆: ['chong', 'qing'],
  长沙: ['chang', 'sha'],
  长春: ['chang', 'chun'],
  长治: ['chang', 'zhi'],
  蚌埠: ['beng', 'bu'],
  六安: ['lu', 'an'],
  六盘水: ['liu', 'pan', 'shui'],
  丽水: ['li', 'shui'],
  丽江: ['li', 'jiang'],
  东莞: ['dong', 'guan'],
  乐山: ['le', 'shan'],
  厦门: ['xia', 'men'],
  朝阳: ['chao', 'yang'],
  济南: ['ji', 'nan'],
  济宁: ['ji', 'ning'],
  台州: ['tai', 'zhou'],
  喀什: ['ka', 'shi'],
  昌都: ['chang', 'du'],
  吕梁: ['lv', 'liang'],
  儋州: ['dan', 'zhou'],
  莆田: ['pu', 'tian'],
  亳州: ['bo', 'zhou'],
  大理: ['da', 'li'],
  蚌山: ['beng', 'shan'],
};

/** Syllables of a Chinese place name, lowercase ASCII (ü written as v). */
export function syllablesOf(name: string): string[] {
  const fixed = pinyinFixups[name];
  if (fixed) return [...fixed];
  return pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).map((s) => s.toLowerCase());
}

/** Full pinyin as used in slugs: "hangzhou". */
export const pinyinOf = (name: string): string => syllablesOf(name).join('');

/** Initials: "hz" for 杭州. */
export const initialsOf = (name: string): string => syllablesOf(name).map((s) => s[0] ?? '').join('');

/**
 * The slug rule for cities: the full pinyin; where two cities share it, the provincial capital
 * keeps the plain pinyin (else the one with the smaller GB/T 2260 code) and the others add
 * "-" and their province's slug, e.g. 抚州 → fuzhou-jiangxi beside 福州 → fuzhou.
 */
export function assignSlugs<T extends { code: string; pinyin: string; province: string; capital?: boolean | undefined }>(
  cities: readonly T[],
): Map<T, string> {
  const byPinyin = new Map<string, T[]>();
  for (const city of cities) byPinyin.set(city.pinyin, [...(byPinyin.get(city.pinyin) ?? []), city]);
  const slugs = new Map<T, string>();
  for (const [py, group] of byPinyin) {
    const ordered = [...group].sort((a, b) => Number(b.capital ?? false) - Number(a.capital ?? false) || a.code.localeCompare(b.code));
    ordered.forEach((city, i) => slugs.set(city, i === 0 ? py : `${py}-${city.province}`));
  }
  return slugs;
}
