import { describe, expect, it } from 'vitest';
import { bandFor, estimateMonthlyCredit } from '../../src/lib/monthly-credit.ts';
import { shortfallOf } from '../../src/lib/shortfall.ts';

describe('monthly credit calculator', () => {
  it('computes an employee’s credit as a percentage of the contribution base', () => {
    const r = estimateMonthlyCredit({ employeePercentOfBase: 2, retiree: [] }, { status: 'employee', age: 40, base: 6000 });
    expect(r.yuan).toBe(120);
    expect(r.formula).toBe('6000 元 × 2% = 120 元');
  });

  it('gives a retiree the fixed amount of a rule with one band for all ages', () => {
    const r = estimateMonthlyCredit({ employeePercentOfBase: 2, retiree: [{ yuanPerMonth: 95 }] }, { status: 'retiree', age: 66 });
    expect(r.yuan).toBe(95);
  });

  it('picks the right age band', () => {
    const rule = { employeePercentOfBase: null, retiree: [{ maxAge: 69, yuanPerMonth: 100 }, { minAge: 70, yuanPerMonth: 110 }] };
    expect(estimateMonthlyCredit(rule, { status: 'retiree', age: 69 }).yuan).toBe(100);
    expect(estimateMonthlyCredit(rule, { status: 'retiree', age: 70 }).yuan).toBe(110);
    expect(bandFor(rule.retiree, 85)?.minAge).toBe(70);
  });

  it('computes a percentage of the average pension the reader types in', () => {
    const r = estimateMonthlyCredit({ employeePercentOfBase: 2, retiree: [{ percentOfAveragePension: 2.8 }] }, { status: 'retiree', age: 65, averagePension: 3500 });
    expect(r.yuan).toBe(98);
    expect(r.formula).toBe('3500 元 × 2.8% = 98 元');
  });

  it('uses the rule’s own average pension when the reader leaves it empty', () => {
    const r = estimateMonthlyCredit({ employeePercentOfBase: 2, retiree: [{ percentOfAveragePension: 2 }], averagePension: 4000 }, { status: 'retiree', age: 65 });
    expect(r.yuan).toBe(80);
  });

  it('says what is missing instead of guessing', () => {
    expect(estimateMonthlyCredit({ employeePercentOfBase: null, retiree: [] }, { status: 'employee', age: 40, base: 5000 }).yuan).toBeNull();
    expect(estimateMonthlyCredit({ employeePercentOfBase: 2, retiree: [{ percentOfAveragePension: 2 }] }, { status: 'retiree', age: 65 }).formula).toContain('请填写当地平均养老金');
    expect(estimateMonthlyCredit({ employeePercentOfBase: 2, retiree: [{ minAge: 70, yuanPerMonth: 50 }] }, { status: 'retiree', age: 60 }).yuan).toBeNull();
  });
});

describe('retirement shortfall', () => {
  const rule = { menYears: 25, womenYears: 20, localYears: 10 };

  it('counts the missing total and local years for a man', () => {
    expect(shortfallOf(rule, 'men', 18, 6)).toEqual({ required: 25, missing: 7, localRequired: 10, localMissing: 4, enough: false });
  });

  it('uses the women’s years for a woman and says when she has enough', () => {
    expect(shortfallOf(rule, 'women', 22, 12).enough).toBe(true);
  });

  it('cannot count more local years than years paid in all', () => {
    expect(shortfallOf(rule, 'men', 5, 9).localMissing).toBe(5);
  });

  it('answers null when the rule has no number', () => {
    const r = shortfallOf({ menYears: null, womenYears: null, localYears: null }, 'men', 10, 10);
    expect([r.required, r.missing, r.enough]).toEqual([null, null, null]);
  });
});
