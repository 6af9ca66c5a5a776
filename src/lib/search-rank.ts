/**
 * Orders search results by the site's rules, after Pagefind has scored them:
 * - a query that names a city shows that city's pages first, then a few national pages;
 * - a query without a city shows the national guides and channel pages first;
 * - near-identical pages of different cities are grouped (the best few, plus how many
 *   cities have one), so the list is never a wall of 杭州…北京…宁波… copies.
 * Pure: the search page feeds it the results it has opened.
 */
import type { PageKind, SearchTopic } from './search-meta.ts';

export interface Hit {
  url: string;
  title: string;
  /** Pagefind's excerpt (HTML with <mark>). */
  excerpt: string;
  kind: PageKind;
  /** Same on near-identical pages of different cities. */
  template: string;
  city?: string | undefined;
  topic?: string | undefined;
  /** Pagefind's score; higher is better. */
  score: number;
}

export type Row =
  | { type: 'hit'; hit: Hit }
  | {
      type: 'copies';
      template: string;
      /** The best few copies, each from a different city. */
      hits: Hit[];
    };

export interface RankContext {
  topic?: SearchTopic | undefined;
  /** A channel the query names (wechat): its pages answer best. */
  channel?: string | undefined;
  /** The reader typed only a place: the city hub answers best. */
  placeOnly?: boolean | undefined;
}

/** The pages that answer a whole topic, ahead of narrower pages: [city page, national guide]. */
const overviewTemplates: Readonly<Record<SearchTopic, readonly [string, string]>> = {
  查余额: ['balance', 'guide-balance'],
  取现: ['withdrawal', 'guide-withdrawal'],
  退休缴费: ['retirement', 'guide-retirement'],
  每月划入: ['monthly-credit', 'guide-monthly-credit'],
  转移: ['hub', 'guide-transfer'],
  共济: ['hub', 'guide-family-sharing'],
  防骗: ['hub', 'guide-scams'],
};

/**
 * Pagefind's score, raised for the page of a channel the query names (微信查余额), else for
 * pages of the query's topic and most for the page that answers the topic whole.
 */
export function adjustedScore(hit: Hit, ctx: RankContext): number {
  const score = hit.score;
  if (ctx.placeOnly) return hit.template === 'hub' ? score * 4 : score;
  if (ctx.channel) return hit.template === `channel-${ctx.channel}` ? score * 2 : score;
  if (!ctx.topic) return score;
  const onTopic = hit.topic === ctx.topic ? 1.5 : 1;
  const overview = overviewTemplates[ctx.topic].includes(hit.template) ? 1.5 : 1;
  return score * onTopic * overview;
}

export function rankHits(hits: readonly Hit[], ctx: RankContext): Hit[] {
  const seen = new Set<string>();
  return hits
    .map((hit) => [adjustedScore(hit, ctx), hit] as const)
    .sort(([a], [b]) => b - a)
    .map(([, hit]) => hit)
    .filter((hit) => !seen.has(hit.url) && seen.add(hit.url));
}

export interface ArrangeInput {
  /** Pages of the named city (empty when the query names none). */
  local: readonly Hit[];
  /** National guides and channel pages. */
  general: readonly Hit[];
  /**
   * The national guide of the query's topic, found by the topic filter rather than by the
   * words: it leads the national pages even when the reader's words miss it.
   */
  topicGuide?: Hit | undefined;
  /** Per-city pages when no city was named. */
  copies: readonly Hit[];
}

export interface ArrangeLimits {
  /** National pages shown after a city's own pages. */
  generalAfterCity: number;
  /** National pages shown when no city was named. */
  general: number;
  /** Copies shown per group. */
  perGroup: number;
}

export const defaultLimits: ArrangeLimits = { generalAfterCity: 3, general: 5, perGroup: 3 };

export function arrangeResults(input: ArrangeInput, ctx: RankContext, limits: ArrangeLimits = defaultLimits): Row[] {
  const lead = input.topicGuide;
  const general = [...(lead ? [lead] : []), ...rankHits(input.general, ctx).filter((h) => h.url !== lead?.url)];
  if (input.local.length > 0) {
    const local = rankHits(input.local, ctx);
    return [...local, ...general.slice(0, limits.generalAfterCity)].map((hit) => ({ type: 'hit', hit }));
  }
  const rows: Row[] = general.slice(0, limits.general).map((hit) => ({ type: 'hit', hit }));
  const groups = new Map<string, Hit[]>();
  for (const hit of rankHits(input.copies, ctx)) {
    const group = groups.get(hit.template) ?? [];
    if (group.length < limits.perGroup && !group.some((h) => h.city === hit.city)) group.push(hit);
    groups.set(hit.template, group);
  }
  for (const [template, hits] of groups) {
    rows.push({ type: 'copies', template, hits });
  }
  return rows;
}

/** "杭州：医保个人账户的钱能取出来吗" → "医保个人账户的钱能取出来吗": the group's heading. */
export function withoutCity(title: string, city: string | undefined): string {
  if (!city) return title;
  return title.replace(new RegExp(`^${city}[：:]?`), '').trim() || title;
}

/**
 * A city's page for the channel the query names (武汉 微信). Per-city channel pages that only repeat
 * the national how-to are left out of the index (they were over half of it, and Pagefind's memory
 * and first-query bytes grow with every page), so the search page puts the city's copy back at the
 * top itself: every city has a page for each channel that exists everywhere.
 */
export function cityChannelHit(city: { slug: string; name: string }, channel: string, channelTitle: string | undefined): Hit {
  return {
    url: `/cities/${city.slug}/balance/${channel}/`,
    title: `${city.name}：${channelTitle ?? '查医保个人账户余额'}`,
    excerpt: '',
    kind: 'city',
    template: `channel-${channel}`,
    city: city.name,
    score: Number.POSITIVE_INFINITY,
  };
}
