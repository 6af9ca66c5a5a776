/**
 * Rows of the comparison tables (/compare/...): every province, and every city that has its own
 * rule. Pure: takes resolved places, returns plain rows the table component renders.
 */
import { retirementOn, trustOf, type Level } from './facts.ts';
import { withdrawalConditionIds, type MonthlyCreditRule, type RetirementRule, type WithdrawalRule } from '../schemas/rules.ts';
import type { Source } from '../schemas/shared.ts';
import { bandAmountLabel, bandLabel } from './monthly-credit.ts';

export interface ComparePlace {
  /** Row anchor, e.g. "p-zhejiang" or "c-hangzhou". */
  anchor: string;
  name: string;
  href: string;
  level: Level;
  retirement: RetirementRule | undefined;
  withdrawal: WithdrawalRule | undefined;
  monthlyCredit: MonthlyCreditRule | undefined;
}

export interface Cell {
  text: string;
  /** Value to sort by, when it differs from the text. */
  sort?: string | number;
}

export interface CompareRow {
  anchor: string;
  name: string;
  href: string;
  level: Level;
  cells: Cell[];
  source: Source | undefined;
  unverified: boolean;
}

const yearsCell = (n: number | null): Cell => (n === null ? { text: '未知', sort: -1 } : { text: `${n}`, sort: n });
const firstSource = (fact: { sources: Source[] } | undefined) =>
  fact ? [...fact.sources].sort((a, b) => a.grade.localeCompare(b.grade))[0] : undefined;

export const retirementColumns = ['男（年）', '女（年）', '本地实缴（年）', '执行日期'];

export function retirementRows(places: readonly ComparePlace[], today: string): CompareRow[] {
  return places.flatMap((p) => {
    if (!p.retirement) return [];
    const now = retirementOn(p.retirement, today);
    const since = now.since ?? '';
    return [{
      anchor: p.anchor, name: p.name, href: p.href, level: p.level,
      cells: [yearsCell(now.menYears), yearsCell(now.womenYears), yearsCell(now.localYears), { text: since || '未注明', sort: since }],
      source: firstSource(p.retirement), unverified: trustOf(p.retirement) === 'unverified',
    }];
  });
}

export const monthlyCreditColumns = ['在职（基数的%）', '退休人员', '年份'];

export function monthlyCreditRows(places: readonly ComparePlace[]): CompareRow[] {
  return places.flatMap((p) => {
    const rule = p.monthlyCredit;
    if (!rule) return [];
    const retiree = rule.retiree.length ? rule.retiree.map((b) => `${bandLabel(b)} ${bandAmountLabel(b, rule.averagePension ?? null)}`).join('；') : '未知';
    return [{
      anchor: p.anchor, name: p.name, href: p.href, level: p.level,
      cells: [
        rule.employeePercentOfBase === null ? { text: '未知', sort: -1 } : { text: `${rule.employeePercentOfBase}`, sort: rule.employeePercentOfBase },
        { text: retiree },
        rule.year ? { text: String(rule.year), sort: rule.year } : { text: '未注明', sort: 0 },
      ],
      source: firstSource(rule), unverified: trustOf(rule) === 'unverified',
    }];
  });
}

export const withdrawalColumns = ['去世', '出国定居', '转移转不过去', '异地安置', '入伍', '终止参保', '其他'];

export function withdrawalRows(places: readonly ComparePlace[]): CompareRow[] {
  return places.flatMap((p) => {
    const rule = p.withdrawal;
    if (!rule) return [];
    const allowed = new Set(rule.conditions.map((c) => c.id));
    return [{
      anchor: p.anchor, name: p.name, href: p.href, level: p.level,
      cells: withdrawalConditionIds.map((id) => (allowed.has(id) ? { text: '可以', sort: 1 } : { text: '未列出', sort: 0 })),
      source: firstSource(rule), unverified: trustOf(rule) === 'unverified',
    }];
  });
}

export interface CompareTableSpec {
  /** URL segment: /compare/<slug>/ */
  slug: 'retirement' | 'monthly-credit' | 'withdrawal';
  title: string;
  columns: string[];
  rows: CompareRow[];
}

/** The three comparison tables, each a page under /compare/. */
export function compareTables(places: readonly ComparePlace[], today: string): CompareTableSpec[] {
  return [
    { slug: 'retirement', title: '退休缴费年限', columns: retirementColumns, rows: retirementRows(places, today) },
    { slug: 'monthly-credit', title: '每月划入标准', columns: monthlyCreditColumns, rows: monthlyCreditRows(places) },
    { slug: 'withdrawal', title: '个人账户余额可以支取的情形', columns: withdrawalColumns, rows: withdrawalRows(places) },
  ];
}
