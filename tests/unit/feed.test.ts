import { describe, expect, it } from 'vitest';
import { newestFirst, rfc822, rssXml, updateAnchor } from '../../src/lib/feed.ts';

const items = [
  { id: '2026-11-22-launch', title: '上线', date: '2026-11-22', summary: '本站上线' },
  { id: '2027-01-05-cities', title: '新增 <10> 个城市 & 更正', date: '2027-01-05', summary: '新增' },
  { id: '2026-11-22-cities', title: '首批城市', date: '2026-11-22', summary: '41 个' },
];

describe('the update feed', () => {
  it('puts the newest first and orders one day’s entries by id', () => {
    expect(newestFirst(items).map((i) => i.id)).toEqual(['2027-01-05-cities', '2026-11-22-cities', '2026-11-22-launch']);
  });
  it('puts the later of one day’s entries first when it says it is the second', () => {
    const second = { id: '2026-11-22-b-fix', title: '更正', date: '2026-11-22', summary: '更正', sequence: 2 };
    expect(newestFirst([...items, second]).map((i) => i.id)).toEqual(['2027-01-05-cities', '2026-11-22-b-fix', '2026-11-22-cities', '2026-11-22-launch']);
  });
  it('writes RFC 822 dates with the right weekday, at midnight Beijing time', () => {
    expect(rfc822('2026-11-22')).toBe('Sun, 22 Nov 2026 00:00:00 +0800');
    expect(rfc822('2027-01-05')).toBe('Tue, 05 Jan 2027 00:00:00 +0800');
  });
  it('links each item to its anchor on /updates/ and escapes titles', () => {
    const xml = rssXml({ title: '医保查询指南 更新记录', description: 'd', siteUrl: 'https://a.example' }, items);
    expect(xml).toContain(`<link>https://a.example/updates/#${updateAnchor('2027-01-05-cities')}</link>`);
    expect(xml).toContain('<title>新增 &lt;10&gt; 个城市 &amp; 更正</title>');
    expect(xml.match(/<item>/g)).toHaveLength(3);
    expect(xml.indexOf('2027-01-05-cities')).toBeLessThan(xml.indexOf('2026-11-22-launch'));
    expect(xml).toContain('<lastBuildDate>Tue, 05 Jan 2027 00:00:00 +0800</lastBuildDate>');
  });
  it('makes anchors that are valid ids', () => {
    expect(updateAnchor('2026-11-22-launch')).toBe('u-2026-11-22-launch');
    expect(updateAnchor('a b/c')).toMatch(/^u-[a-zA-Z0-9-]+$/);
  });
});
