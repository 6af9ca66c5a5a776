/**
 * Facts inherit: the city's own rule, else its province's, else the national one. Every fact
 * shown says which level it comes from. Pure functions: no content access here.
 */
import type { City } from '../schemas/city.ts';
import type { National } from '../schemas/national.ts';
import type { Province } from '../schemas/province.ts';
import type { RetirementRule, RetirementStep, RuleTopic } from '../schemas/rules.ts';
import type { Source } from '../schemas/shared.ts';

export type Level = 'city' | 'province' | 'national';

type RuleOf<K extends RuleTopic> = NonNullable<City[K]>;

export interface ResolvedFact<T> {
  value: T;
  level: Level;
  /** 本市规定 / 沿用浙江省规定 / 全国通用 */
  levelLabel: string;
}

/** A city as the resolver needs it: its own rules and the province it belongs to. */
export interface Place {
  city: Pick<City, 'name' | 'kind' | RuleTopic>;
  province: Pick<Province, 'name' | 'kind' | RuleTopic>;
  national: Pick<National, RuleTopic>;
}

/** The rule for one topic, from the nearest level that has it. */
export function resolveRule<K extends RuleTopic>(place: Place, topic: K): ResolvedFact<RuleOf<K>> | undefined {
  const own = place.city[topic];
  if (own) return { value: own as RuleOf<K>, level: 'city', levelLabel: '本市规定' };
  const provincial = place.province[topic];
  if (provincial) {
    // A municipality is its own 统筹区: its "province" rules are the city's own.
    if (place.province.kind === 'municipality') return { value: provincial as RuleOf<K>, level: 'city', levelLabel: '本市规定' };
    return { value: provincial as RuleOf<K>, level: 'province', levelLabel: `沿用${place.province.name}规定` };
  }
  const national = place.national[topic];
  if (national) return { value: national as RuleOf<K>, level: 'national', levelLabel: '全国通用' };
  return undefined;
}

export type Trust = 'settled' | 'unverified';

/** A fact whose only sources are grade C, or that an editor marked unverified, is not settled. */
export function trustOf(fact: { sources: readonly Pick<Source, 'grade'>[]; confidence?: Trust | undefined }): Trust {
  if (fact.confidence === 'unverified') return 'unverified';
  return fact.sources.some((s) => s.grade !== 'C') ? 'settled' : 'unverified';
}

export interface RetirementInForce {
  menYears: number | null;
  womenYears: number | null;
  localYears: number | null;
  /** The day the values in force took effect, if known. */
  since: string | undefined;
  /** The next scheduled step after `on`, if any. */
  next: RetirementStep | undefined;
  /** The last step of the schedule (the target), if the rule has a schedule still to come. */
  target: RetirementStep | undefined;
}

/** The retirement rule in force on a day: the latest scheduled step that has begun. */
export function retirementOn(rule: RetirementRule, on: string): RetirementInForce {
  let current: RetirementInForce = {
    menYears: rule.menYears,
    womenYears: rule.womenYears,
    localYears: rule.localYears ?? null,
    since: rule.effectiveFrom,
    next: undefined,
    target: undefined,
  };
  const steps = rule.schedule ?? [];
  for (const step of steps) {
    if (step.from <= on) {
      current = { ...current, menYears: step.menYears, womenYears: step.womenYears, localYears: step.localYears ?? current.localYears, since: step.from };
    } else {
      current.next ??= step;
    }
  }
  if (current.next) current.target = steps.at(-1);
  return current;
}

/** A number of contribution years as shown on a page: 25 年, or 未知 when no source gives it. */
export const yearsInWords = (n: number | null): string => (n === null ? '未知' : `${n} 年`);

/**
 * One step of a schedule in words: 男 30 年、女 25 年、本地实际缴费 14 年. The local years are named
 * whenever the step gives them: in some places (湖南) they are the only thing that changes.
 */
export function stepInWords(step: Pick<RetirementStep, 'menYears' | 'womenYears' | 'localYears'>): string {
  const parts = [`男 ${yearsInWords(step.menYears)}`, `女 ${yearsInWords(step.womenYears)}`];
  if (step.localYears !== undefined && step.localYears !== null) parts.push(`本地实际缴费 ${yearsInWords(step.localYears)}`);
  return parts.join('、');
}

/** Whether a rule with this effective date is already in force, so the page never says 将要 for the past. */
export const inForce = (effectiveFrom: string | undefined, on: string): boolean => !effectiveFrom || effectiveFrom <= on;

/** How a province's own rules are labelled: a municipality's rules are the city's own. */
export function provinceRuleLevel(province: Pick<Province, 'name' | 'kind'>): { level: Level; label: string } {
  return province.kind === 'municipality' ? { level: 'city', label: '本市规定' } : { level: 'province', label: `${province.name}规定` };
}

/** Grade words for readers. */
export const gradeLabel: Record<Source['grade'], string> = {
  A: 'A 官方',
  B: 'B 媒体转述官方',
  C: 'C 非官方',
};
