import { describe, expect, it } from 'vitest';
import { inForce, resolveRule, retirementOn, stepInWords, trustOf, type Place } from '../../src/lib/facts.ts';
import type { RetirementRule } from '../../src/schemas/rules.ts';

const src = (grade: 'A' | 'B' | 'C') => ({ url: 'https://example.gov.cn/x', title: 't', publisher: 'p', grade });
const rule = (menYears: number, extra: Partial<RetirementRule> = {}): RetirementRule => ({
  menYears, womenYears: menYears - 5, sources: [src('A')], checkedAt: '2026-11-22', ...extra,
});

const place = (over: { city?: Partial<Place['city']>; province?: Partial<Place['province']>; national?: Partial<Place['national']> }): Place => ({
  city: { name: '杭州', kind: 'prefecture', retirement: undefined, withdrawal: undefined, monthlyCredit: undefined, ...over.city },
  province: { name: '浙江省', kind: 'province', retirement: undefined, withdrawal: undefined, monthlyCredit: undefined, ...over.province },
  national: { retirement: undefined, withdrawal: undefined, monthlyCredit: undefined, ...over.national },
});

describe('inheritance: city, then province, then national', () => {
  it('labels a city rule 本市规定', () => {
    const r = resolveRule(place({ city: { retirement: rule(25) }, province: { retirement: rule(30) } }), 'retirement');
    expect(r?.level).toBe('city');
    expect(r?.levelLabel).toBe('本市规定');
    expect(r?.value.menYears).toBe(25);
  });

  it('labels an inherited province rule 沿用浙江省规定', () => {
    const r = resolveRule(place({ province: { retirement: rule(30) } }), 'retirement');
    expect(r?.level).toBe('province');
    expect(r?.levelLabel).toBe('沿用浙江省规定');
  });

  it('treats a municipality’s rules as the city’s own', () => {
    const r = resolveRule(place({ city: { name: '北京', kind: 'municipality' }, province: { name: '北京市', kind: 'municipality', retirement: rule(20) } }), 'retirement');
    expect(r?.level).toBe('city');
    expect(r?.levelLabel).toBe('本市规定');
  });

  it('falls back to the national rule, labelled 全国通用', () => {
    const r = resolveRule(place({ national: { retirement: rule(0) } }), 'retirement');
    expect(r?.level).toBe('national');
    expect(r?.levelLabel).toBe('全国通用');
  });

  it('returns nothing when no level has the rule', () => {
    expect(resolveRule(place({}), 'monthlyCredit')).toBeUndefined();
  });
});

describe('rules that change over time', () => {
  const stepped = rule(25, {
    effectiveFrom: '2024-01-01',
    schedule: [
      { from: '2026-01-01', menYears: 26, womenYears: 21 },
      { from: '2027-01-01', menYears: 27, womenYears: 22 },
      { from: '2030-01-01', menYears: 30, womenYears: 25 },
    ],
  });

  it('shows the base rule before the first step', () => {
    const now = retirementOn(stepped, '2025-06-30');
    expect([now.menYears, now.since, now.next?.from, now.target?.menYears]).toEqual([25, '2024-01-01', '2026-01-01', 30]);
  });

  it('shows the step in force on the day, the next step and the target', () => {
    const now = retirementOn(stepped, '2026-11-22');
    expect([now.menYears, now.womenYears, now.since, now.next?.menYears, now.target?.menYears]).toEqual([26, 21, '2026-01-01', 27, 30]);
  });

  it('switches on the very day a step starts', () => {
    expect(retirementOn(stepped, '2027-01-01').menYears).toBe(27);
  });

  it('has no next step once the target is reached', () => {
    const now = retirementOn(stepped, '2031-01-01');
    expect([now.menYears, now.next, now.target]).toEqual([30, undefined, undefined]);
  });

  it('never calls a past effective date upcoming', () => {
    expect(inForce('2026-01-01', '2026-11-22')).toBe(true);
    expect(inForce('2027-01-01', '2026-11-22')).toBe(false);
  });
});

describe('trust', () => {
  it('counts a fact backed only by grade C sources as unverified', () => {
    expect(trustOf({ sources: [src('C'), src('C')] })).toBe('unverified');
  });
  it('counts one A or B source as settled', () => {
    expect(trustOf({ sources: [src('C'), src('B')] })).toBe('settled');
  });
  it('honours an editor marking a fact unverified', () => {
    expect(trustOf({ sources: [src('A')], confidence: 'unverified' })).toBe('unverified');
  });
});

describe('a schedule step in words', () => {
  it('names the local years when the step gives them, since they may be all that changes', () => {
    expect(stepInWords({ menYears: 30, womenYears: 25, localYears: 14 })).toBe('男 30 年、女 25 年、本地实际缴费 14 年');
    expect(stepInWords({ menYears: 26, womenYears: 21 })).toBe('男 26 年、女 21 年');
    expect(stepInWords({ menYears: null, womenYears: 20, localYears: null })).toBe('男 未知、女 20 年');
  });
});
