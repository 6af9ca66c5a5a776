import { describe, expect, it } from 'vitest';
import type { CityIndexEntry } from '../../src/lib/city-match.ts';
import { channelOf, pagefindText, planSearch, toPageWords, topicOf, withoutFillers } from '../../src/lib/search-query.ts';

const city = (s: string, n: string, p: string, y: string, i: string, r: number, a: string[] = [], f = `${n}市`): CityIndexEntry => ({ s, n, f, p, y, i, a, r });
const cities: CityIndexEntry[] = [
  city('beijing', '北京', '北京', 'beijing', 'bj', 3, ['北平']),
  city('shanghai', '上海', '上海', 'shanghai', 'sh', 3),
  city('hangzhou', '杭州', '浙江', 'hangzhou', 'hz', 2),
  city('huzhou', '湖州', '浙江', 'huzhou', 'hz', 0),
  city('huizhou', '惠州', '广东', 'huizhou', 'hz', 0),
  city('shenyang', '沈阳', '辽宁', 'shenyang', 'sy', 2, ['奉天']),
  city('yanbian', '延边', '吉林', 'yanbian', 'yb', 0, [], '延边朝鲜族自治州'),
  city('suihua', '绥化', '黑龙江', 'suihua', 'sh', 0),
];
const plan = (q: string) => planSearch(q, cities);

describe('planSearch: the city in a query', () => {
  it('turns a Chinese city name into the city and leaves the other words', () => {
    const p = plan('杭州 余额');
    expect(p.city?.s).toBe('hangzhou');
    expect(p.text).toBe('余额');
  });

  it('finds a city glued to the words, with or without 市', () => {
    expect(plan('杭州余额').city?.s).toBe('hangzhou');
    expect(plan('杭州市医保余额')).toMatchObject({ text: '余额', city: { s: 'hangzhou' } });
    expect(plan('延边朝鲜族自治州退休').city?.s).toBe('yanbian');
  });

  it('reads an old name as the city it now is, and says so', () => {
    const p = plan('奉天 医保');
    expect(p.city?.s).toBe('shenyang');
    expect(p.rewrites).toContainEqual(['奉天', '沈阳']);
  });

  it('reads full pinyin, pinyin with a space, and pinyin glued to Chinese', () => {
    expect(plan('hangzhou').city?.s).toBe('hangzhou');
    expect(plan('hang zhou 余额')).toMatchObject({ text: '余额', city: { s: 'hangzhou' } });
    expect(plan('hangzhou余额')).toMatchObject({ text: '余额', city: { s: 'hangzhou' } });
  });

  it('reads initials as the biggest city with them and offers the others', () => {
    const p = plan('hz');
    expect(p.city?.s).toBe('hangzhou');
    expect(p.otherCities.map((c) => c.s)).toEqual(['huizhou', 'huzhou']);
    // "sh" starts shanghai too, but as a word on its own it is the initials of 上海 and 绥化.
    expect(plan('sh 取现').city?.s).toBe('shanghai');
  });

  it('reads pinyin with one wrong letter as the city', () => {
    expect(plan('hangzou 余额').city?.s).toBe('hangzhou');
    expect(plan('beijng').city?.s).toBe('beijing');
  });

  it('does not read short pinyin prefixes or other latin words as a city', () => {
    expect(plan('han').city).toBeUndefined();
    expect(plan('app 余额')).toMatchObject({ city: undefined, text: 'app 余额' });
  });

  it('sends only the city name to Pagefind when the query was only a place', () => {
    expect(pagefindText(plan('hangzhou'))).toBe('杭州');
    expect(pagefindText(plan('hangzhou 余额'))).toBe('余额');
    expect(pagefindText(plan(''))).toBeNull();
  });

  it('turns a province without a city into the province', () => {
    const p = plan('浙江省 退休');
    expect(p).toMatchObject({ city: undefined, province: '浙江', text: '退休' });
  });
});

describe('planSearch: everyday words onto page words', () => {
  it.each([
    ['社保卡余额', '余额'],
    ['每月返多少', '每月划入'],
    ['返钱', '划入'],
    ['返款什么时候到', '划入时候到'],
    ['医保卡的钱怎么取钱', '钱取出来'],
    ['取现', '取出来'],
    ['钱能取出来吗', '钱取出来'],
    ['能支取吗', '取出来'],
    ['提取', '取出来'],
    ['终身医保', '退休 不用再交'],
    ['卡里还有多少钱', '余额'],
  ])('rewrites “%s” as “%s”', (query, text) => {
    expect(plan(query).text).toBe(text);
  });

  it('turns pinyin topic words into Chinese', () => {
    expect(plan('hangzhou yue')).toMatchObject({ text: '余额', city: { s: 'hangzhou' } });
    expect(plan('tuixiu').text).toBe('退休');
  });

  it('notes each rewrite so the page can say what it searched', () => {
    expect(plan('返钱').rewrites).toEqual([['返钱', '划入']]);
  });
});

describe('withoutFillers', () => {
  it('drops the filler of a spoken question and keeps the words pages use', () => {
    expect(withoutFillers('医保卡里的钱能取出来吗')).toBe('钱取出来');
    expect(withoutFillers('退休了还要交吗')).toBe('退休还要交');
    expect(withoutFillers('请问怎么查余额')).toBe('查余额');
  });

  it('drops words on every page unless nothing else is left', () => {
    expect(withoutFillers('医保 转移')).toBe('转移');
    expect(withoutFillers('医保卡')).toBe('医保卡');
  });

  it('reads the topic before the filler goes', () => {
    expect(plan('退休了还要交吗')).toMatchObject({ topic: '退休缴费' });
  });
});

describe('topicOf', () => {
  it.each([
    ['医保卡里的钱能 取出来 吗', '取现'],
    ['退休了还要交吗', '退休缴费'],
    ['每月划入', '每月划入'],
    ['余额', '查余额'],
    ['接到电话说医保卡冻结', '防骗'],
    ['帮父母交医保', '共济'],
    ['换城市工作医保怎么转过去', '转移'],
  ])('reads “%s” as %s', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it('finds no topic in words about none', () => {
    expect(topicOf('你好')).toBeUndefined();
  });

  it('rewrites before reading the topic, so 返钱 counts as 每月划入', () => {
    expect(plan('返钱').topic).toBe('每月划入');
    expect(toPageWords('取钱')).toBe('取出来');
  });
});

describe('channelOf', () => {
  it.each([
    ['微信查余额', 'wechat'],
    ['支付宝', 'alipay'],
    ['打12393', 'hotline'],
    ['国家医保App', 'app'],
    ['去窗口办', 'window'],
    ['药店能查吗', 'pharmacy'],
  ])('reads “%s” as the %s channel', (text, channel) => {
    expect(channelOf(text)).toBe(channel);
  });

  it('finds no channel in a question about money', () => {
    expect(channelOf('每月划入多少')).toBeUndefined();
  });
});
