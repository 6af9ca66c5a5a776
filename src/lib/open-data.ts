/**
 * The open-data shapes under /data/. They are a promise to other programs: keep field names
 * and meanings stable; add fields, never rename or remove them.
 */
import type { CityView } from './cities.ts';
import type { ResolvedFact } from './facts.ts';
import { provinceRuleLevel, retirementOn, trustOf } from './facts.ts';
import type { ProvinceView } from './places.ts';
import type { MonthlyCreditRule, RetirementRule, WithdrawalRule } from '../schemas/rules.ts';
import type { Source } from '../schemas/shared.ts';

const sourcesOut = (sources: readonly Source[]) =>
  sources.map((s) => ({ url: s.url, title: s.title, publisher: s.publisher, ...(s.date ? { date: s.date } : {}), ...(s.docNumber ? { docNumber: s.docNumber } : {}), ...(s.via ? { via: s.via } : {}), grade: s.grade }));

const common = (fact: ResolvedFact<{ sources: Source[]; checkedAt: string; confidence?: 'settled' | 'unverified' | undefined; note?: string | undefined }>) => ({
  level: fact.level,
  sources: sourcesOut(fact.value.sources),
  checkedAt: fact.value.checkedAt,
  unverified: trustOf(fact.value) === 'unverified',
  ...(fact.value.note ? { note: fact.value.note } : {}),
});

export function retirementOut(fact: ResolvedFact<RetirementRule> | undefined, today: string) {
  if (!fact) return null;
  const now = retirementOn(fact.value, today);
  return {
    menYears: now.menYears,
    womenYears: now.womenYears,
    localYears: now.localYears,
    ...(now.since ? { effectiveFrom: now.since } : {}),
    ...(fact.value.schedule ? { schedule: fact.value.schedule.map((s) => ({ from: s.from, menYears: s.menYears, womenYears: s.womenYears, localYears: s.localYears ?? null })) } : {}),
    ...common(fact),
  };
}

export function withdrawalOut(fact: ResolvedFact<WithdrawalRule> | undefined) {
  if (!fact) return null;
  return {
    conditions: fact.value.conditions.map((c) => ({ id: c.id, text: c.text, ...(c.materials ? { materials: c.materials } : {}) })),
    ...common(fact),
  };
}

export function monthlyCreditOut(fact: ResolvedFact<MonthlyCreditRule> | undefined) {
  if (!fact) return null;
  return {
    employeePercentOfBase: fact.value.employeePercentOfBase,
    retiree: fact.value.retiree.map((b) => ({ ...b })),
    ...(fact.value.year ? { year: fact.value.year } : {}),
    ...common(fact),
  };
}

/** `/data/cities.json` rows. */
export function cityListRecord(view: CityView, siteUrl: string) {
  return {
    slug: view.id,
    name: view.city.name,
    province: view.province.data.name,
    pinyin: view.city.pinyin,
    areaCode: view.city.areaCode,
    url: new URL(`/cities/${view.id}/`, siteUrl).href,
  };
}

/** The newest checked date of anything the city's page states. */
export function updatedAt(view: CityView): string {
  const days = [
    view.retirement?.value.checkedAt,
    view.withdrawal?.value.checkedAt,
    view.monthlyCredit?.value.checkedAt,
    ...view.city.hotlines.map((h) => h.checkedAt),
    ...view.city.channels.map((c) => c.checkedAt),
  ].filter((d): d is string => Boolean(d));
  return days.sort().at(-1) ?? view.city.generatedAt ?? '';
}

/** `/data/cities/<slug>.json`. */
export function cityRecord(view: CityView, siteUrl: string, today: string) {
  const hotlines = view.city.hotlines.length
    ? view.city.hotlines.map((h) => ({ number: h.number, name: h.name }))
    : [{ number: view.hotline, name: `${view.city.name}医保服务热线` }];
  return {
    ...cityListRecord(view, siteUrl),
    updatedAt: updatedAt(view),
    hotlines,
    channels: view.city.channels.map((c) => ({ channel: c.channel, name: c.name, ...(c.how ? { how: c.how } : {}), ...(c.url ? { url: c.url } : {}) })),
    retirement: retirementOut(view.retirement, today),
    withdrawal: withdrawalOut(view.withdrawal),
    monthlyCredit: monthlyCreditOut(view.monthlyCredit),
  };
}


/** `/data/provinces/<slug>.json`: a province's own rules; a missing group is `null`, and `unverified` says why. */
export function provinceRecord(view: ProvinceView, siteUrl: string, today: string) {
  const d = view.province.data;
  const { level } = provinceRuleLevel(d);
  const own = <T,>(value: T | undefined): ResolvedFact<T> | undefined => (value ? { value, level, levelLabel: '' } : undefined);
  return {
    slug: view.id,
    name: d.name,
    code: d.code,
    url: new URL(`/provinces/${view.id}/`, siteUrl).href,
    cities: view.cities.map((c) => c.id),
    unverified: !d.retirement,
    ...(d.unverified ? { unverifiedReason: d.unverified } : {}),
    retirement: retirementOut(own(d.retirement), today),
    withdrawal: withdrawalOut(own(d.withdrawal)),
    monthlyCredit: monthlyCreditOut(own(d.monthlyCredit)),
  };
}
