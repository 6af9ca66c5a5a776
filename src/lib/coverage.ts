// How far research has got: which of the four topics a city's own file answers with sourced facts.
// `scripts/coverage.ts` prints the count that issue #6's "40 cities" target is measured by.
import type { City, CityChannel } from '../schemas/city.ts';
import type { Province } from '../schemas/province.ts';
import type { Source } from '../schemas/shared.ts';
import { trustOf, type Trust } from './facts.ts';

export const coverageTopics = ['balance', 'withdrawal', 'retirement', 'monthlyCredit'] as const;
export type CoverageTopic = (typeof coverageTopics)[number];

type Fact = { sources: readonly Source[]; confidence?: Trust | undefined } | undefined;

/**
 * Every city can be reached on 区号-12393: that is the national rule applied to the city, not something
 * found out about it, so such an entry does not count as local research on how to check the balance.
 */
export const isNationalHotline = (channel: CityChannel): boolean => channel.channel === 'hotline' && channel.name.includes('12393');

/**
 * The topics a city's own file (for a municipality, its province file too: the city is the 统筹区)
 * answers with at least one source; `settledOnly` counts only facts backed by an A or B source.
 */
export function coveredTopics(city: City, province: Province | undefined, settledOnly = false): CoverageTopic[] {
  const counts = (fact: Fact) => Boolean(fact && fact.sources.length > 0 && (!settledOnly || trustOf(fact) === 'settled'));
  const own = city.kind === 'municipality' && province ? { ...province, ...city } : city;
  const answered: Record<CoverageTopic, boolean> = {
    balance: city.channels.some((c) => !isNationalHotline(c) && counts(c)),
    withdrawal: counts(own.withdrawal),
    retirement: counts(own.retirement),
    monthlyCredit: counts(own.monthlyCredit),
  };
  return coverageTopics.filter((t) => answered[t]);
}
