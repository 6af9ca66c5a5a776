import { describe, expect, it } from 'vitest';
import { adjustedScore, arrangeResults, cityChannelHit, rankHits, withoutCity, type Hit } from '../../src/lib/search-rank.ts';

const hit = (url: string, score: number, extra: Partial<Hit> = {}): Hit => ({
  url,
  score,
  title: url,
  excerpt: '',
  kind: url.startsWith('/cities/') ? 'city' : url.startsWith('/channels/') ? 'channel' : 'guide',
  template: url.startsWith('/cities/') ? url.split('/')[3] || 'hub' : url,
  city: url.startsWith('/cities/') ? url.split('/')[2] : undefined,
  ...extra,
});
const urls = (rows: ReturnType<typeof arrangeResults>) =>
  rows.map((r) => (r.type === 'hit' ? r.hit.url : `group:${r.hits.map((h) => h.url).join(',')}`));

describe('arrangeResults', () => {
  it('puts the named city’s pages first and a few national pages after them', () => {
    const rows = arrangeResults(
      {
        local: [hit('/cities/hangzhou/balance/', 3), hit('/cities/hangzhou/', 5)],
        general: [hit('/guides/balance/', 50), hit('/channels/wechat/', 40), hit('/channels/app/', 30), hit('/channels/alipay/', 20)],
        copies: [],
      },
      {},
    );
    expect(urls(rows)).toEqual(['/cities/hangzhou/', '/cities/hangzhou/balance/', '/guides/balance/', '/channels/wechat/', '/channels/app/']);
  });

  it('puts national guides and channel pages above city copies when no city is named, even when a copy scores higher', () => {
    const rows = arrangeResults(
      { local: [], general: [hit('/guides/withdrawal/', 10)], copies: [hit('/cities/xian/withdrawal/', 30), hit('/cities/hangzhou/withdrawal/', 25)] },
      {},
    );
    expect(urls(rows)).toEqual(['/guides/withdrawal/', 'group:/cities/xian/withdrawal/,/cities/hangzhou/withdrawal/']);
  });

  it('never shows more than a few copies of the same page from different cities', () => {
    const cities = ['a', 'b', 'c', 'd', 'e', 'f'];
    const rows = arrangeResults({ local: [], general: [], copies: cities.map((c, i) => hit(`/cities/${c}/withdrawal/`, 10 - i)) }, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'copies', template: 'withdrawal' });
    expect(rows[0]!.type === 'copies' && rows[0]!.hits.map((h) => h.city)).toEqual(['a', 'b', 'c']);
  });

  it('groups copies by page kind, the best-scoring group first', () => {
    const rows = arrangeResults(
      {
        local: [],
        general: [],
        copies: [hit('/cities/a/retirement/', 5), hit('/cities/a/withdrawal/', 9), hit('/cities/b/retirement/', 4), hit('/cities/b/withdrawal/', 8)],
      },
      {},
    );
    expect(urls(rows)).toEqual(['group:/cities/a/withdrawal/,/cities/b/withdrawal/', 'group:/cities/a/retirement/,/cities/b/retirement/']);
  });

  it('shows a city’s hub first when the reader typed only the place', () => {
    const rows = arrangeResults({ local: [hit('/cities/hangzhou/withdrawal/', 16), hit('/cities/hangzhou/', 11)], general: [], copies: [] }, { placeOnly: true });
    expect(urls(rows)[0]).toBe('/cities/hangzhou/');
  });

  it('lifts the page that answers the query’s topic above the city’s other pages', () => {
    const rows = arrangeResults(
      { local: [hit('/cities/hangzhou/', 10, { topic: undefined }), hit('/cities/hangzhou/withdrawal/', 8, { topic: '取现' })], general: [], copies: [] },
      { topic: '取现' },
    );
    expect(urls(rows)[0]).toBe('/cities/hangzhou/withdrawal/');
  });
});

describe('rankHits and adjustedScore', () => {
  it('keeps Pagefind’s order when there is no topic', () => {
    expect(rankHits([hit('/a/', 1), hit('/b/', 3)], {}).map((h) => h.url)).toEqual(['/b/', '/a/']);
  });

  it('drops a page that two searches both returned', () => {
    expect(rankHits([hit('/a/', 1), hit('/a/', 3)], {})).toHaveLength(1);
  });

  it('raises pages of the query’s topic', () => {
    expect(adjustedScore(hit('/guides/withdrawal/', 10, { topic: '取现' }), { topic: '取现' })).toBeGreaterThan(10);
    expect(adjustedScore(hit('/guides/balance/', 10, { topic: '查余额' }), { topic: '取现' })).toBe(10);
  });
});

describe('withoutCity', () => {
  it('takes the city off the front of a title for a group heading', () => {
    expect(withoutCity('杭州：医保个人账户的钱能取出来吗', '杭州')).toBe('医保个人账户的钱能取出来吗');
    expect(withoutCity('杭州医保：常见问题一页看懂', '杭州')).toBe('医保：常见问题一页看懂');
    expect(withoutCity('退休后还要交医保吗', undefined)).toBe('退休后还要交医保吗');
  });
});

describe('channel and topic overview', () => {
  it('ranks the page of a channel the query names above the topic’s guide', () => {
    const rows = arrangeResults(
      { local: [], general: [hit('/guides/balance/', 10, { topic: '查余额', template: 'guide-balance' }), hit('/channels/wechat/', 8, { topic: '查余额', template: 'channel-wechat' })], copies: [] },
      { topic: '查余额', channel: 'wechat' },
    );
    expect(urls(rows)[0]).toBe('/channels/wechat/');
  });

  it('ranks the topic’s guide above the channel pages of the same topic', () => {
    const rows = arrangeResults(
      { local: [], general: [hit('/channels/hotline/', 10, { topic: '查余额', template: 'channel-hotline' }), hit('/guides/balance/', 8, { topic: '查余额', template: 'guide-balance' })], copies: [] },
      { topic: '查余额' },
    );
    expect(urls(rows)[0]).toBe('/guides/balance/');
  });
});

describe('the topic’s guide', () => {
  it('leads the national pages even when the words ranked it low or missed it', () => {
    const guide = hit('/guides/scams/', 0, { topic: '防骗', template: 'guide-scams' });
    const rows = arrangeResults({ local: [], general: [hit('/channels/hotline/', 20), guide], topicGuide: guide, copies: [] }, { topic: '防骗' });
    expect(urls(rows)).toEqual(['/guides/scams/', '/channels/hotline/']);
    const missed = arrangeResults({ local: [], general: [hit('/channels/hotline/', 20)], topicGuide: guide, copies: [] }, { topic: '防骗' });
    expect(urls(missed)[0]).toBe('/guides/scams/');
  });

  it('still comes after the named city’s own pages', () => {
    const guide = hit('/guides/withdrawal/', 0, { topic: '取现', template: 'guide-withdrawal' });
    const rows = arrangeResults({ local: [hit('/cities/hangzhou/withdrawal/', 5)], general: [], topicGuide: guide, copies: [] }, { topic: '取现' });
    expect(urls(rows)).toEqual(['/cities/hangzhou/withdrawal/', '/guides/withdrawal/']);
  });
});

describe('a city’s channel page the index leaves out', () => {
  it('is put back at the top, titled from the channel, when the query names the city and the channel', () => {
    const made = cityChannelHit({ slug: 'wuhan', name: '武汉' }, 'wechat', '在微信里用医保电子凭证查余额');
    expect(made.url).toBe('/cities/wuhan/balance/wechat/');
    expect(made.title).toBe('武汉：在微信里用医保电子凭证查余额');
    expect(made.template).toBe('channel-wechat');
    expect(rankHits([hit('/cities/wuhan/', 50, { template: 'hub' }), made], { channel: 'wechat' })[0]?.url).toBe(made.url);
  });

  it('falls back to a plain title when the channel’s title is unknown', () => {
    expect(cityChannelHit({ slug: 'wuhan', name: '武汉' }, 'app', undefined).title).toBe('武汉：查医保个人账户余额');
  });
});
