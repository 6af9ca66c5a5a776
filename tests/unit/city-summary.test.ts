import { describe, expect, it } from 'vitest';
import { cityAtAGlance, monthlyCreditAnswer, retirementAnswer, withdrawalAnswer } from '../../src/lib/city-summary.ts';
import { reportHref } from '../../src/lib/page-meta.ts';
import { channelsOfCity, localHotline, telHref } from '../../src/lib/city-channels.ts';
import { isOldSource, isStale, monthsBetween, newestDate } from '../../src/lib/dates.ts';

const base = { sources: [{ url: 'https://x.gov.cn', title: 't', publisher: 'p', grade: 'C' as const }], checkedAt: '2026-11-22' };

describe('city hub at a glance', () => {
  it('states the years in force with the local years', () => {
    expect(retirementAnswer({ ...base, menYears: 25, womenYears: 20, localYears: 10 }, '2026-11-22')).toBe('缴费满男 25 年、女 20 年，其中本地实缴 10 年，退休后不用再交');
  });
  it('names the coming step when today’s years are unknown', () => {
    const rule = { ...base, menYears: null, womenYears: null, schedule: [{ from: '2030-01-01', menYears: 30, womenYears: 25 }] };
    expect(retirementAnswer(rule, '2026-11-22')).toContain('2030-01-01 起男 30 年、女 25 年');
  });
  it('says the balance cannot be drawn in cash and counts the situations that allow it', () => {
    expect(withdrawalAnswer({ ...base, conditions: [{ id: 'death', text: 'x' }, { id: 'emigration', text: 'y' }] })).toBe('平时不能取现；2 种情形可以申请支取');
  });
  it('summarises the monthly credit for employees and retirees', () => {
    expect(monthlyCreditAnswer({ ...base, employeePercentOfBase: 2, retiree: [{ maxAge: 69, yuanPerMonth: 100 }, { minAge: 70, yuanPerMonth: 110 }] })).toBe('在职按缴费基数的 2%；退休 69 岁及以下 100 元');
  });
  it('marks a missing or C-only fact for the reader to confirm', () => {
    const lines = cityAtAGlance({ channelCount: 6, withdrawal: undefined, retirement: { value: { ...base, menYears: 25, womenYears: 20 }, level: 'city', levelLabel: '本市规定' }, monthlyCredit: undefined }, '2026-11-22');
    expect(lines.map((l) => [l.topic, l.unverified])).toEqual([['balance', false], ['withdrawal', true], ['retirement', true], ['monthly-credit', true]]);
    expect(lines[1]?.answer).toContain('请打电话问');
  });
});

describe('channels of a city', () => {
  it('lists the channels every city has, and kiosks or banks only where a source says so', () => {
    expect(channelsOfCity([]).map((g) => g.id)).toEqual(['app', 'wechat', 'alipay', 'hotline', 'window', 'pharmacy']);
    const withKiosk = channelsOfCity([{ channel: 'kiosk', name: '自助机', ...base }]);
    expect(withKiosk.map((g) => g.id)).toContain('kiosk');
    expect(withKiosk.find((g) => g.id === 'kiosk')?.local).toHaveLength(1);
  });
  it('dials the local 12393 with the area code', () => {
    expect(localHotline('0571')).toBe('0571-12393');
    expect(telHref('0571-12393')).toBe('tel:057112393');
  });
});

describe('page metadata', () => {
  it('prefills an error report with the page address and the facts on it, without + for spaces', () => {
    const href = reportHref('mailto:fix@example.org', 'https://s.example/cities/hangzhou/', '杭州 医保', ['hangzhou:retirement']);
    expect(href.startsWith('mailto:fix@example.org?subject=')).toBe(true);
    const body = new URLSearchParams(href.split('?')[1]).get('body');
    expect(body).toContain('https://s.example/cities/hangzhou/');
    expect(body).toContain('hangzhou:retirement');
    expect(href).not.toContain('+');
  });
});

describe('freshness', () => {
  it('counts whole months between two days', () => {
    expect(monthsBetween('2025-11-22', '2026-11-22')).toBe(12);
    expect(monthsBetween('2025-11-23', '2026-11-22')).toBe(11);
  });
  it('calls a fact checked 12 months or more before the build stale', () => {
    expect(isStale('2025-11-22', '2026-11-22')).toBe(true);
    expect(isStale('2026-01-01', '2026-11-22')).toBe(false);
  });
  it('takes the newest printed source date, ignoring sources without one', () => {
    expect(newestDate(['2013-12-11', undefined, '2021-03-01', '2008-05-01'])).toBe('2021-03-01');
    expect(newestDate([undefined, undefined])).toBeUndefined();
  });
  it('calls sources old when even the newest is five years or more before the build', () => {
    expect(isOldSource('2021-12-01', '2026-12-01')).toBe(true);
    expect(isOldSource('2021-12-02', '2026-12-01')).toBe(false);
    expect(isOldSource(undefined, '2026-12-01')).toBe(false);
  });
});
