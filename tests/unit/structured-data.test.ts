import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd } from '../../src/lib/page-meta.ts';
import { howToJsonLd } from '../../src/lib/structured-data.ts';

describe('breadcrumb JSON-LD', () => {
  it('numbers the crumbs from 1 and gives the current page its own address', () => {
    const data = breadcrumbJsonLd([{ name: '首页', href: '/' }, { name: '全部城市', href: '/cities/' }, { name: '杭州' }], 'https://a.example', 'https://a.example/cities/hangzhou/');
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://a.example/' },
      { '@type': 'ListItem', position: 2, name: '全部城市', item: 'https://a.example/cities/' },
      { '@type': 'ListItem', position: 3, name: '杭州', item: 'https://a.example/cities/hangzhou/' },
    ]);
  });
});

describe('HowTo JSON-LD', () => {
  it('points each step at its #step-N anchor and lists what to prepare', () => {
    const data = howToJsonLd('杭州：用微信查', '说明', [{ title: '打开', text: '打开微信' }, { title: '查看', text: '看余额' }], 'https://a.example/p/', ['身份证']);
    expect(data['@type']).toBe('HowTo');
    expect(data['supply']).toEqual([{ '@type': 'HowToSupply', name: '身份证' }]);
    expect((data['step'] as { url: string; position: number }[]).map((s) => [s.position, s.url])).toEqual([
      [1, 'https://a.example/p/#step-1'],
      [2, 'https://a.example/p/#step-2'],
    ]);
  });
  it('leaves supply out when there is nothing to prepare', () => {
    expect(howToJsonLd('n', 'd', [], 'https://a.example/p/')).not.toHaveProperty('supply');
  });
});
