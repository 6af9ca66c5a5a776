import { describe, expect, it } from 'vitest';
import { assignSlugs, initialsOf, pinyinFixups, pinyinOf } from '../../src/lib/pinyin.ts';
import { kindOf, shortNameOf } from '../../src/lib/place-names.ts';

describe('pinyin of place names', () => {
  it.each([
    ['重庆', 'chongqing'], ['长沙', 'changsha'], ['蚌埠', 'bengbu'], ['六安', 'luan'], ['丽水', 'lishui'],
    ['东莞', 'dongguan'], ['乐山', 'leshan'], ['厦门', 'xiamen'], ['朝阳', 'chaoyang'], ['喀什', 'kashi'],
    ['昌都', 'changdu'], ['吕梁', 'lvliang'], ['济南', 'jinan'], ['杭州', 'hangzhou'], ['哈尔滨', 'haerbin'],
  ])('spells %s as %s', (name, expected) => {
    expect(pinyinOf(name)).toBe(expected);
  });

  it('gives initials from the syllables, so 杭州 is hz and 呼和浩特 is hhht', () => {
    expect(initialsOf('杭州')).toBe('hz');
    expect(initialsOf('呼和浩特')).toBe('hhht');
  });

  it('keeps every fix-up in plain lowercase ASCII syllables', () => {
    for (const syllables of Object.values(pinyinFixups)) {
      for (const s of syllables) expect(s).toMatch(/^[a-z]+$/);
    }
  });
});

describe('the slug clash rule', () => {
  const city = (code: string, pinyin: string, province: string, capital?: boolean) => ({ code, pinyin, province, capital });

  it('lets the provincial capital keep the plain pinyin and suffixes the other with its province', () => {
    const fuzhouFujian = city('350100', 'fuzhou', 'fujian', true);
    const fuzhouJiangxi = city('361000', 'fuzhou', 'jiangxi');
    const slugs = assignSlugs([fuzhouJiangxi, fuzhouFujian]);
    expect(slugs.get(fuzhouFujian)).toBe('fuzhou');
    expect(slugs.get(fuzhouJiangxi)).toBe('fuzhou-jiangxi');
  });

  it('gives the plain pinyin to the smaller GB/T 2260 code when neither is a capital', () => {
    const taizhouJiangsu = city('321200', 'taizhou', 'jiangsu');
    const taizhouZhejiang = city('331000', 'taizhou', 'zhejiang');
    const slugs = assignSlugs([taizhouZhejiang, taizhouJiangsu]);
    expect(slugs.get(taizhouJiangsu)).toBe('taizhou');
    expect(slugs.get(taizhouZhejiang)).toBe('taizhou-zhejiang');
  });

  it('never hands out the same slug twice', () => {
    const cities = ['a', 'b', 'c'].map((p, i) => city(`10000${i}`, 'same', p));
    expect(new Set(assignSlugs(cities).values()).size).toBe(3);
  });
});

describe('short names and kinds', () => {
  it.each([
    ['杭州市', '杭州'], ['延边朝鲜族自治州', '延边'], ['恩施土家族苗族自治州', '恩施'], ['阿克苏地区', '阿克苏'],
    ['兴安盟', '兴安盟'], ['海南藏族自治州', '海南州'], ['巴音郭楞蒙古自治州', '巴音郭楞'],
  ])('shortens %s to %s', (full, short) => {
    expect(shortNameOf(full)).toBe(short);
  });

  it('reads the kind from the full name', () => {
    expect(kindOf('延边朝鲜族自治州')).toBe('autonomous-prefecture');
    expect(kindOf('阿克苏地区')).toBe('region');
    expect(kindOf('兴安盟')).toBe('league');
    expect(kindOf('杭州市')).toBe('prefecture');
  });
});
