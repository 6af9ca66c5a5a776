/**
 * Turns what a reader types into what the pages say. A city named in any form (杭州, 杭州市,
 * an old name, hangzhou, hz, hangzou) becomes the city filter; everyday words become the
 * words the pages use (返钱 → 划入); a few pinyin words become Chinese (yue → 余额).
 * Pure: runs in the search page and in unit tests.
 */
import { normalizeQuery, withinOneEdit, type CityIndexEntry } from './city-match.ts';
import type { SearchTopic } from './search-meta.ts';
import type { ChannelId } from '../schemas/shared.ts';

export interface QueryPlan {
  /** Words for Pagefind, in the pages' vocabulary; '' when the query was only a place. */
  text: string;
  /** The city the query names, if any. */
  city?: CityIndexEntry | undefined;
  /** Other cities the same word could mean (hz: 惠州, 湖州 …), biggest first. */
  otherCities: CityIndexEntry[];
  /** A province named without a city (short name, 浙江). */
  province?: string | undefined;
  /** The topic the words point at, used to rank results and as a fallback search. */
  topic?: SearchTopic | undefined;
  /** The channel the words name (wechat), whose pages then rank first. */
  channel?: ChannelId | undefined;
  /** What was rewritten, for the "按…搜索" note: [what the reader typed, what we searched]. */
  rewrites: [string, string][];
}

/**
 * Reader's words → page words. Longest phrase first; each group's words mean the same to a
 * reader. Pages say 取出来 and 划入 in their titles, so those are the targets.
 */
const synonymGroups: readonly (readonly [readonly string[], string])[] = [
  [['终身医保', '退休后不缴费', '退休后不用交', '退休不用交', '退休后不交'], '退休 不用再交'],
  [['返款', '返钱', '返的钱', '返多少', '打钱', '打多少钱', '划拨', '划钱'], '划入'],
  [['取现', '取钱', '提现', '支取', '提取', '取出'], '取出来'],
  [['卡里还有多少钱', '还剩多少钱', '剩多少钱', '个人账户余额', '账户余额', '账户里的钱'], '余额'],
  [['社保卡'], '医保卡'],
];

/** Words that point at a topic, tested in this order (the narrower topics first). */
const topicTriggers: readonly (readonly [SearchTopic, readonly string[]])[] = [
  ['防骗', ['骗', '冻结', '套现', '陌生电话', '可疑']],
  ['共济', ['共济', '父母', '家人', '子女', '老伴', '孩子']],
  ['转移', ['转移', '转过去', '转到', '换城市', '换工作', '接续', '异地']],
  ['取现', ['取出来']],
  ['退休缴费', ['退休', '交满', '缴费年限', '补缴', '不用再交', '还要交']],
  ['每月划入', ['划入', '每月', '每个月']],
  ['查余额', ['余额', '个人账户', '查询']],
];

/** Words that name a query channel (ids as in content/channels/). */
const channelTriggers: readonly (readonly [ChannelId, readonly string[]])[] = [
  ['wechat', ['微信']],
  ['alipay', ['支付宝']],
  ['app', ['app', '国家医保']],
  ['hotline', ['12393', '热线', '打电话']],
  ['window', ['窗口', '大厅']],
  ['pharmacy', ['药店', '药房']],
  ['kiosk', ['自助机', '自助查询']],
  ['bank', ['银行', '存折']],
];

/** The channel the words name, if any. */
export const channelOf = (text: string): ChannelId | undefined =>
  channelTriggers.find(([, words]) => words.some((w) => text.toLowerCase().includes(w)))?.[0];

/** Pinyin a reader may type for the topic words (phones without Chinese input). */
const pinyinWords: Readonly<Record<string, string>> = {
  yue: '余额',
  quxian: '取出来',
  quqian: '取出来',
  tuixiu: '退休',
  huaru: '划入',
  fanqian: '划入',
  gongji: '共济',
  zhuanyi: '转移',
  fangpian: '防骗',
  weixin: '微信',
  zhifubao: '支付宝',
  yibao: '医保',
  yibaoka: '医保卡',
  shebaoka: '医保卡',
};

const isLatinWord = (w: string) => /^[a-z]+$/.test(w);

/**
 * The city a latin word names: exact pinyin, a prefix of four letters or more, exact
 * initials, or pinyin with one wrong letter. Shorter prefixes are too vague for search
 * (the picker shows them as suggestions instead).
 */
function cityForLatin(word: string, cities: readonly CityIndexEntry[]): CityIndexEntry[] {
  const scored: [number, CityIndexEntry][] = [];
  for (const city of cities) {
    const tier =
      word === city.y ? 0
      : word.length >= 4 && city.y.startsWith(word) ? 1
      : word === city.i ? 2
      : word.length >= 5 && withinOneEdit(word, city.y) ? 3
      : -1;
    if (tier >= 0) scored.push([tier, city]);
  }
  scored.sort(([ta, a], [tb, b]) => ta - tb || b.r - a.r || a.y.localeCompare(b.y));
  const best = scored[0]?.[0];
  return scored.filter(([t]) => t === best).map(([, c]) => c);
}

/** The longest city name (short, full or alias) found in a run of Chinese text. */
function cityInChinese(text: string, cities: readonly CityIndexEntry[]): { city: CityIndexEntry; name: string } | undefined {
  let found: { city: CityIndexEntry; name: string } | undefined;
  for (const city of cities) {
    for (const name of [city.f, city.n, ...city.a]) {
      if (name.length < 2 || !text.includes(name)) continue;
      if (!found || name.length > found.name.length || (name.length === found.name.length && city.r > found.city.r)) found = { city, name };
    }
  }
  return found;
}

function provinceInChinese(text: string, cities: readonly CityIndexEntry[]): string | undefined {
  const provinces = [...new Set(cities.map((c) => c.p))].sort((a, b) => b.length - a.length);
  return provinces.find((p) => p.length >= 2 && text.includes(p));
}

const synonymOf = new Map<string, string>(
  synonymGroups.flatMap(([words, target]) => [...words.map((w) => [w, target] as const), [target, target] as const]),
);
// One pass, longest word first, so a rewrite is never rewritten again (取钱 → 取出来, not 取出来来)
// and the page word itself stays as it is (取出来 is not read as 取出 + 来).
const synonymPattern = new RegExp([...synonymOf.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Applies the synonym groups to Chinese text, noting each rewrite. */
export function toPageWords(text: string, rewrites: [string, string][] = []): string {
  return text
    .replace(synonymPattern, (word) => {
      const target = synonymOf.get(word)!;
      if (target !== word) rewrites.push([word, target]);
      return target;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Filler in spoken questions (医保卡里的钱能取出来吗 → 医保卡 钱 取出来). Each word Pagefind
 * looks up costs a download of its index chunk, so words that match every page are dropped.
 */
const fillers = /请问|怎么样|怎么|怎样|如何|什么|能不能|可不可以|是不是|可以|[吗呢吧啊呀么了的]|(?<=卡)里|^能|(?<=钱)能/g;

/** Words on nearly every page: the longest index entries to download, and no help in ranking. */
const everywhere = /医保卡|医保|个人账户/g;

export function withoutFillers(text: string): string {
  const tidy = (t: string) => t.replace(/\s+/g, ' ').trim();
  // Removed without a space: Pagefind segments a Chinese run itself, and a space between two
  // parts would make both required words (接到电话说 冻结 finds less than 接到电话说冻结).
  const kept = tidy(text.replace(fillers, ''));
  return tidy(kept.replace(everywhere, '')) || kept;
}

/** The topic the (rewritten) words point at. */
export function topicOf(text: string): SearchTopic | undefined {
  return topicTriggers.find(([, words]) => words.some((w) => text.includes(w)))?.[0];
}

/** Splits a query into Chinese runs, latin words and other words (digits such as 12393). */
function tokens(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .split(/[\s,，。、？?！!；;：:“”"'‘’()（）·]+|(?<=[a-z])(?=[^a-z])|(?<=[^a-z])(?=[a-z])/u)
    .filter(Boolean);
}

export function planSearch(query: string, cities: readonly CityIndexEntry[]): QueryPlan {
  const rewrites: [string, string][] = [];
  const words = tokens(query);
  const kept: string[] = [];
  let city: CityIndexEntry | undefined;
  let otherCities: CityIndexEntry[] = [];

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isLatinWord(word)) {
      // "hang zhou" typed with a space: try the word joined with the next one first.
      const next = words[i + 1];
      const joined = next && isLatinWord(next) ? word + next : undefined;
      if (!city && joined && cityForLatin(joined, cities)[0]?.y === normalizeQuery(joined)) {
        [city, ...otherCities] = cityForLatin(joined, cities);
        rewrites.push([`${word} ${next}`, city!.n]);
        i++;
        continue;
      }
      const topicWord = pinyinWords[word];
      if (topicWord) {
        kept.push(topicWord);
        rewrites.push([word, topicWord]);
        continue;
      }
      if (!city) {
        const found = cityForLatin(word, cities);
        if (found.length) {
          [city, ...otherCities] = found;
          rewrites.push([word, city!.n]);
          continue;
        }
      }
      kept.push(word);
      continue;
    }
    if (!city) {
      const found = cityInChinese(word, cities);
      if (found) {
        city = found.city;
        const rest = word.replace(new RegExp(`${found.name}市?`), ' ');
        if (found.name !== city.n && found.name !== city.f) rewrites.push([found.name, city.n]);
        if (rest.trim()) kept.push(rest.trim());
        continue;
      }
    }
    kept.push(word);
  }

  let province: string | undefined;
  const joinedText = kept.join(' ');
  if (!city) {
    province = provinceInChinese(joinedText, cities);
  }
  const rest = province ? joinedText.replace(`${province}省`, ' ').replace(province, ' ') : joinedText;
  const pageWords = toPageWords(rest, rewrites);
  // The topic is read from the whole question (还要交吗 says 退休缴费) before fillers go.
  const text = withoutFillers(pageWords);
  return { text, city, otherCities: otherCities.slice(0, 3), province, topic: topicOf(pageWords), channel: channelOf(pageWords), rewrites };
}

/**
 * The query Pagefind gets: the page words, or the city's own name when the reader typed only
 * a city (every page of a city has its name in the title, and its hub ranks first).
 */
export function pagefindText(plan: QueryPlan): string | null {
  if (plan.text) return plan.text;
  if (plan.city) return plan.city.n;
  return null;
}

/** A shorter query for when the full one finds nothing: the topic's own words. */
export const topicWords: Readonly<Record<SearchTopic, string>> = {
  查余额: '余额',
  取现: '取出来',
  退休缴费: '退休',
  每月划入: '划入',
  转移: '转移',
  共济: '共济',
  防骗: '防骗',
};
