/** The “一眼看懂” lines at the top of a city hub: one short answer per topic, with its level. Pure. */
import type { MonthlyCreditRule, RetirementRule, WithdrawalRule } from '../schemas/rules.ts';
import { retirementOn, trustOf, yearsInWords as years, type ResolvedFact } from './facts.ts';
import { bandAmountLabel, bandLabel } from './monthly-credit.ts';
import type { CityTopic } from './city-pages.ts';

export interface GlanceLine {
  topic: CityTopic;
  question: string;
  answer: string;
  /** 本市规定 / 沿用XX省规定 / 全国通用, or undefined when nothing is known. */
  levelLabel: string | undefined;
  unverified: boolean;
}


export function retirementAnswer(rule: RetirementRule, today: string): string {
  const now = retirementOn(rule, today);
  if (now.menYears === null && now.womenYears === null) {
    const next = now.next ?? now.target;
    return next && next.menYears !== null
      ? `现行年限还没有可靠数字；${next.from} 起男 ${years(next.menYears)}、女 ${years(next.womenYears)}`
      : '还没有找到可靠的年限数字';
  }
  const local = now.localYears === null ? '' : `，其中本地实缴 ${now.localYears} 年`;
  return `缴费满男 ${years(now.menYears)}、女 ${years(now.womenYears)}${local}，退休后不用再交`;
}

export function withdrawalAnswer(rule: WithdrawalRule): string {
  if (rule.cashOut === true) return '来源说可以取现';
  return rule.conditions.length ? `平时不能取现；${rule.conditions.length} 种情形可以申请支取` : '平时不能取现';
}

export function monthlyCreditAnswer(rule: MonthlyCreditRule): string {
  const employee = rule.employeePercentOfBase === null ? '在职比例未知' : `在职按缴费基数的 ${rule.employeePercentOfBase}%`;
  const first = rule.retiree[0];
  const retiree = first ? `退休 ${rule.retiree.length > 1 ? `${bandLabel(first)} ` : ''}${bandAmountLabel(first, rule.averagePension ?? null)}` : '退休标准未知';
  return `${employee}；${retiree}`;
}

function line<T extends { sources: { grade: 'A' | 'B' | 'C' }[]; confidence?: 'settled' | 'unverified' | undefined }>(
  topic: CityTopic,
  question: string,
  fact: ResolvedFact<T> | undefined,
  answer: (value: T) => string,
): GlanceLine {
  if (!fact) return { topic, question, answer: '还没有找到可靠来源，请打电话问', levelLabel: undefined, unverified: true };
  return { topic, question, answer: answer(fact.value), levelLabel: fact.levelLabel, unverified: trustOf(fact.value) === 'unverified' };
}

export function cityAtAGlance(
  facts: {
    channelCount: number;
    withdrawal: ResolvedFact<WithdrawalRule> | undefined;
    retirement: ResolvedFact<RetirementRule> | undefined;
    monthlyCredit: ResolvedFact<MonthlyCreditRule> | undefined;
  },
  today: string,
): GlanceLine[] {
  return [
    { topic: 'balance', question: '怎么查余额', answer: `${facts.channelCount} 种办法，不会用手机也能查`, levelLabel: undefined, unverified: false },
    line('withdrawal', '能不能取出来', facts.withdrawal, withdrawalAnswer),
    line('retirement', '退休还要交吗', facts.retirement, (r) => retirementAnswer(r, today)),
    line('monthly-credit', '每月划入多少', facts.monthlyCredit, monthlyCreditAnswer),
  ];
}
