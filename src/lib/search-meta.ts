/**
 * What each page tells Pagefind about itself: which filters it sits under (city, province,
 * topic, channel) and the metadata the search page needs to rank and group results without
 * opening every result (kind, page template, city, pinyin). Pure; the layouts spread the
 * returned attributes on <main>.
 */
import { initialsOf, pinyinOf, syllablesOf } from './pinyin.ts';

/** The seven topics a reader can filter by, in the words of the issue and the filter UI. */
export const searchTopics = ['查余额', '取现', '退休缴费', '每月划入', '转移', '共济', '防骗'] as const;
export type SearchTopic = (typeof searchTopics)[number];

/** Guide and city page topics (their ids in src/) onto the filter's words. */
export const topicOfPage: Readonly<Record<string, SearchTopic>> = {
  balance: '查余额',
  withdrawal: '取现',
  retirement: '退休缴费',
  'monthly-credit': '每月划入',
  transfer: '转移',
  'family-sharing': '共济',
  scams: '防骗',
};

/**
 * guide: a national guide; channel: how one channel works everywhere; city: a per-city copy.
 * The search page ranks guide and channel pages above city copies when the query names no city.
 */
export type PageKind = 'guide' | 'channel' | 'city';

export interface PageSearchInfo {
  kind: PageKind;
  /** Same value on the near-identical pages of different cities (e.g. "withdrawal", "channel-wechat"). */
  template: string;
  topic?: SearchTopic | undefined;
  /** Short names: 杭州, 浙江. */
  city?: string | undefined;
  province?: string | undefined;
  /** The channel's short name, 微信. */
  channel?: string | undefined;
}

/**
 * Word-level pinyin and initials for the place names of a page, e.g. "hangzhou hz hang zhou
 * zhejiang zj". It goes into a meta field, never into visible text: hidden text would show up
 * in excerpts, and Astro's whitespace compression would glue separate spans into one word.
 */
export function pinyinWords(names: readonly (string | undefined)[]): string {
  const words = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const syllables = syllablesOf(name);
    if (syllables.length === 0) continue;
    words.add(pinyinOf(name));
    words.add(initialsOf(name));
    for (const s of syllables) words.add(s);
  }
  return [...words].join(' ');
}

/**
 * One attribute per element: Pagefind 1.6 reads a single key:value from each
 * data-pagefind-filter / data-pagefind-meta attribute (a comma list becomes one long value).
 * The layout renders each as an empty hidden span inside <main data-pagefind-body>.
 */
export function pageSearchTags(info: PageSearchInfo): Record<string, string>[] {
  const tag = (attr: 'filter' | 'meta', key: string, value: string | undefined) =>
    value ? [{ [`data-pagefind-${attr}`]: `${key}:${value}` }] : [];
  return [
    ...tag('filter', 'city', info.city),
    ...tag('filter', 'province', info.province),
    ...tag('filter', 'topic', info.topic),
    ...tag('filter', 'channel', info.channel),
    ...tag('filter', 'kind', info.kind),
    ...tag('meta', 'kind', info.kind),
    ...tag('meta', 'template', info.template),
    ...tag('meta', 'city', info.city),
    ...tag('meta', 'pinyin', pinyinWords([info.city, info.province])),
  ];
}
