import { describe, expect, it } from 'vitest';
import { matchCities, normalizeQuery, tierOf, withinOneEdit, type CityIndexEntry } from '../../src/lib/city-match.ts';

const city = (s: string, n: string, p: string, y: string, i: string, r: number, a: string[] = []): CityIndexEntry => ({ s, n, f: `${n}市`, p, y, i, a, r });
/** A few real cities, chosen for the clashes they make (hz, xa, fuzhou, sh). */
const index: CityIndexEntry[] = [
  city('beijing', '北京', '北京', 'beijing', 'bj', 3, ['北平']),
  city('shanghai', '上海', '上海', 'shanghai', 'sh', 3),
  city('shenyang', '沈阳', '辽宁', 'shenyang', 'sy', 2, ['奉天']),
  city('shenzhen', '深圳', '广东', 'shenzhen', 'sz', 1),
  city('hangzhou', '杭州', '浙江', 'hangzhou', 'hz', 2),
  city('huzhou', '湖州', '浙江', 'huzhou', 'hz', 0),
  city('huizhou', '惠州', '广东', 'huizhou', 'hz', 0),
  city('haikou', '海口', '海南', 'haikou', 'hk', 2),
  city('handan', '邯郸', '河北', 'handan', 'hd', 0),
  city('xian', '西安', '陕西', 'xian', 'xa', 2),
  city('fuzhou', '福州', '福建', 'fuzhou', 'fz', 2),
  city('fuzhou-jiangxi', '抚州', '江西', 'fuzhou', 'fz', 0),
  city('suihua', '绥化', '黑龙江', 'suihua', 'sh', 0),
  city('xiangyang', '襄阳', '湖北', 'xiangyang', 'xy', 0, ['襄樊']),
];
const slugs = (q: string) => matchCities(q, index).map((c) => c.s);

describe('matchCities', () => {
  it('finds a city by its Chinese name, with or without 市', () => {
    expect(slugs('杭州')[0]).toBe('hangzhou');
    expect(slugs('杭州市')[0]).toBe('hangzhou');
  });

  it('finds a city by an old name, also written with 市', () => {
    expect(slugs('襄樊')).toEqual(['xiangyang']);
    expect(slugs('襄樊市')).toEqual(['xiangyang']);
    expect(slugs('北平')[0]).toBe('beijing');
  });

  it('finds a city by the first character of its name', () => {
    expect(slugs('杭')).toEqual(['hangzhou']);
  });

  it('finds a city by full pinyin, ignoring case, spaces and apostrophes', () => {
    expect(slugs('HangZhou')[0]).toBe('hangzhou');
    expect(slugs('hang zhou')[0]).toBe('hangzhou');
    expect(slugs("xi'an")[0]).toBe('xian');
  });

  it('ranks an exact pinyin match above cities whose pinyin only starts with the query', () => {
    expect(tierOf(index.find((c) => c.s === 'xian')!, 'xian')).toBe(0);
    expect(slugs('xian')[0]).toBe('xian');
  });

  it('ranks pinyin prefixes above initials, and bigger cities first on ties', () => {
    // "sh" is the start of shanghai and shenyang/shenzhen, and the initials of 绥化.
    expect(slugs('sh')).toEqual(['shanghai', 'shenyang', 'shenzhen', 'suihua']);
    expect(slugs('han')).toEqual(['hangzhou', 'handan']);
  });

  it('finds cities by initials, the provincial capital first', () => {
    expect(slugs('hz')).toEqual(['hangzhou', 'huizhou', 'huzhou']);
  });

  it('keeps both cities that share a pinyin, the capital first, and near misses after them', () => {
    expect(slugs('fuzhou')).toEqual(['fuzhou', 'fuzhou-jiangxi', 'huzhou']);
  });

  it('forgives one wrong, missing or extra letter in a long pinyin', () => {
    expect(slugs('hangzou')[0]).toBe('hangzhou');
    expect(slugs('beijng')[0]).toBe('beijing');
    expect(slugs('shenzen')[0]).toBe('shenzhen');
    expect(slugs('hangzhoux')[0]).toBe('hangzhou');
  });

  it('does not guess from short words with a wrong letter', () => {
    expect(slugs('xiam')).toEqual([]);
  });

  it('lists the cities of a province named in Chinese after any name match', () => {
    expect(slugs('浙江')).toEqual(['hangzhou', 'huzhou']);
  });

  it('returns nothing for an empty query, a lone 市 or unknown words', () => {
    expect(slugs('')).toEqual([]);
    expect(slugs('  ')).toEqual([]);
    expect(slugs('市')).toEqual([]);
    expect(slugs('qqq')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(matchCities('h', index, 2)).toHaveLength(2);
  });
});

describe('helpers', () => {
  it('normalizes ü to v and strips separators', () => {
    expect(normalizeQuery(' Lü-Liang ')).toBe('lvliang');
  });

  it('counts one substitution, insertion or deletion as one edit, two as too many', () => {
    expect(withinOneEdit('hangzou', 'hangzhou')).toBe(true);
    expect(withinOneEdit('hangzhau', 'hangzhou')).toBe(true);
    expect(withinOneEdit('hangzhouu', 'hangzhou')).toBe(true);
    expect(withinOneEdit('hnagzhou', 'hangzhou')).toBe(false);
    expect(withinOneEdit('hangzh', 'hangzhou')).toBe(false);
  });
});
