/**
 * The monthly credit calculator: how much goes into the personal account each month, under the
 * rule types places use: a percentage of the employee's own base, fixed yuan by age band, or a
 * percentage of the local average pension. Pure; runs in the browser and in tests.
 */
import type { MonthlyCreditRule, RetireeBand } from '../schemas/rules.ts';

export type Status = 'employee' | 'retiree';

export interface CreditInput {
  status: Status;
  age: number;
  /** The employee's monthly contribution base, yuan. */
  base?: number | undefined;
  /** The local average pension, yuan per month, where the rule needs it and the reader knows it. */
  averagePension?: number | undefined;
}

export interface CreditEstimate {
  /** Yuan per month, rounded to fen; null when the rule or the input is missing a number. */
  yuan: number | null;
  /** The formula in words, e.g. “6000 元 × 2% = 120 元”. */
  formula: string;
}

const fen = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));

/** The retiree band that covers an age (bands without bounds are open-ended). */
export function bandFor(bands: readonly RetireeBand[], age: number): RetireeBand | undefined {
  return bands.find((b) => (b.minAge === undefined || age >= b.minAge) && (b.maxAge === undefined || age <= b.maxAge));
}

export function bandLabel(b: RetireeBand): string {
  if (b.minAge !== undefined && b.maxAge !== undefined) return `${b.minAge}–${b.maxAge} 岁`;
  if (b.minAge !== undefined) return `${b.minAge} 岁及以上`;
  if (b.maxAge !== undefined) return `${b.maxAge} 岁及以下`;
  return '不分年龄';
}

export function bandAmountLabel(b: RetireeBand, averagePension: number | null): string {
  if (b.yuanPerMonth !== undefined) return `${fmt(b.yuanPerMonth)} 元`;
  const pct = b.percentOfAveragePension ?? 0;
  return averagePension ? `当地平均养老金的 ${pct}%（约 ${fmt(fen((averagePension * pct) / 100))} 元）` : `当地平均养老金的 ${pct}%`;
}

export function estimateMonthlyCredit(rule: Pick<MonthlyCreditRule, 'employeePercentOfBase' | 'retiree' | 'averagePension'>, input: CreditInput): CreditEstimate {
  if (input.status === 'employee') {
    const pct = rule.employeePercentOfBase;
    if (pct === null) return { yuan: null, formula: '来源没有给出在职职工的划入比例' };
    if (!input.base || input.base <= 0) return { yuan: null, formula: `本人缴费基数 × ${fmt(pct)}%（请填写缴费基数）` };
    const yuan = fen((input.base * pct) / 100);
    return { yuan, formula: `${fmt(input.base)} 元 × ${fmt(pct)}% = ${fmt(yuan)} 元` };
  }
  const band = bandFor(rule.retiree, input.age);
  if (!band) return { yuan: null, formula: rule.retiree.length ? `来源没有给出 ${input.age} 岁的标准` : '来源没有给出退休人员的标准' };
  if (band.yuanPerMonth !== undefined) return { yuan: band.yuanPerMonth, formula: `${bandLabel(band)}：每月固定 ${fmt(band.yuanPerMonth)} 元` };
  const pct = band.percentOfAveragePension ?? 0;
  const average = input.averagePension ?? rule.averagePension ?? undefined;
  if (!average) return { yuan: null, formula: `当地平均养老金 × ${fmt(pct)}%（请填写当地平均养老金）` };
  const yuan = fen((average * pct) / 100);
  return { yuan, formula: `${fmt(average)} 元 × ${fmt(pct)}% = ${fmt(yuan)} 元` };
}
