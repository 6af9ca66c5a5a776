import { describe, expect, it } from 'vitest';
import { pageSearchTags, pinyinWords } from '../../src/lib/search-meta.ts';

describe('pageSearchTags', () => {
  it('gives a city page one filter or meta attribute per tag, as Pagefind reads them', () => {
    const tags = pageSearchTags({ kind: 'city', template: 'withdrawal', topic: '取现', city: '杭州', province: '浙江' });
    expect(tags).toContainEqual({ 'data-pagefind-filter': 'city:杭州' });
    expect(tags).toContainEqual({ 'data-pagefind-filter': 'province:浙江' });
    expect(tags).toContainEqual({ 'data-pagefind-filter': 'topic:取现' });
    expect(tags).toContainEqual({ 'data-pagefind-filter': 'kind:city' });
    expect(tags).toContainEqual({ 'data-pagefind-meta': 'template:withdrawal' });
    expect(tags.every((t) => Object.keys(t).length === 1 && !Object.values(t)[0]!.includes(','))).toBe(true);
  });

  it('leaves out the filters a national guide does not have', () => {
    const tags = pageSearchTags({ kind: 'guide', template: 'guide-scams', topic: '防骗' });
    expect(tags.some((t) => t['data-pagefind-filter']?.startsWith('city:'))).toBe(false);
    expect(tags.some((t) => t['data-pagefind-meta']?.startsWith('pinyin:'))).toBe(false);
  });
});

describe('pinyinWords', () => {
  it('gives full pinyin, initials and each syllable, space-separated', () => {
    expect(pinyinWords(['杭州', '浙江']).split(' ')).toEqual(['hangzhou', 'hz', 'hang', 'zhou', 'zhejiang', 'zj', 'zhe', 'jiang']);
  });

  it('uses the fixed readings of names pinyin-pro gets wrong', () => {
    expect(pinyinWords(['重庆'])).toContain('chongqing');
    expect(pinyinWords(['厦门'])).toContain('xiamen');
  });
});
