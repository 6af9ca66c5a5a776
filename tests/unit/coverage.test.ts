import { describe, expect, it } from 'vitest';
import { coveredTopics, isNationalHotline } from '../../src/lib/coverage.ts';
import { citySchema } from '../../src/schemas/city.ts';
import { provinceSchema } from '../../src/schemas/province.ts';

const src = (grade: 'A' | 'B' | 'C') => ({ url: 'https://example.gov.cn/x', title: 't', publisher: 'p', grade });
const checked = { checkedAt: '2026-12-01' };
const retirement = (grade: 'A' | 'B' | 'C') => ({ menYears: 25, womenYears: 20, localYears: 10, sources: [src(grade)], ...checked });
const withdrawal = (grade: 'A' | 'B' | 'C') => ({ cashOut: false, conditions: [{ id: 'death', text: '去世后由继承人申请。' }], sources: [src(grade)], ...checked });
const monthlyCredit = (grade: 'A' | 'B' | 'C') => ({ year: 2024, employeePercentOfBase: 2, retiree: [{ yuanPerMonth: 80 }], averagePension: null, sources: [src(grade)], ...checked });
const channel = (kind: string, name: string, grade: 'A' | 'B' | 'C' = 'C') => ({ channel: kind, name, sources: [src(grade)], ...checked });

const city = (extra: Record<string, unknown>, kind = 'prefecture') =>
  citySchema.parse({ name: '某市', fullName: '某市', province: 'zhejiang', code: '330100', areaCode: '0571', pinyin: 'moushi', kind, ...extra });
const province = (extra: Record<string, unknown> = {}) => provinceSchema.parse({ name: '某省', shortName: '某', code: '330000', kind: 'province', ...extra });

describe('which topics a city file answers', () => {
  it('counts each sourced group of the city file', () => {
    expect(coveredTopics(city({ channels: [channel('wechat', '某市医保')], retirement: retirement('C'), monthlyCredit: monthlyCredit('C') }), province())).toEqual([
      'balance',
      'retirement',
      'monthlyCredit',
    ]);
  });

  it('does not count a rule the city only inherits from its province', () => {
    expect(coveredTopics(city({ retirement: retirement('C') }), province({ withdrawal: withdrawal('A'), monthlyCredit: monthlyCredit('A') }))).toEqual(['retirement']);
  });

  it('counts the province file of a municipality, which is the city’s own 统筹区', () => {
    const shanghai = city({ channels: [channel('app', '随申办')] }, 'municipality');
    expect(coveredTopics(shanghai, province({ kind: 'municipality', withdrawal: withdrawal('B'), retirement: retirement('A') }))).toEqual(['balance', 'withdrawal', 'retirement']);
  });

  it('does not count 区号-12393 as local research on checking the balance', () => {
    const [dialArea12393, localNumber] = city({ channels: [channel('hotline', '0471-12393'), channel('hotline', '0315-5908000')] }).channels;
    expect(isNationalHotline(dialArea12393!)).toBe(true);
    expect(isNationalHotline(localNumber!)).toBe(false);
    expect(coveredTopics(city({ channels: [channel('hotline', '0471-12393')] }), province())).toEqual([]);
    expect(coveredTopics(city({ channels: [channel('hotline', '0471-12393'), channel('window', '市民服务中心')] }), province())).toEqual(['balance']);
  });

  it('counts only A/B-backed, unflagged facts when asked for settled ones', () => {
    const file = city({
      channels: [channel('window', '市民服务中心', 'B')],
      retirement: retirement('C'),
      withdrawal: { ...withdrawal('A'), confidence: 'unverified' },
      monthlyCredit: monthlyCredit('A'),
    });
    expect(coveredTopics(file, province(), true)).toEqual(['balance', 'monthlyCredit']);
    expect(coveredTopics(file, province())).toEqual(['balance', 'withdrawal', 'retirement', 'monthlyCredit']);
  });
});
