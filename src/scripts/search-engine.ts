/**
 * The search page's engine: reads the form (or the address), maps the query onto page words,
 * asks Pagefind, orders the results by the site's rules and shows them. Pagefind's JS API is
 * loaded from /pagefind/ at run time (its index is written after the Astro build).
 */
import type { CityIndexEntry } from '../lib/city-match.ts';
import { pagefindText, planSearch, topicWords, type QueryPlan } from '../lib/search-query.ts';
import { arrangeResults, cityChannelHit, withoutCity, type Hit, type Row } from '../lib/search-rank.ts';
import { everywhereChannels } from '../lib/channel-availability.ts';
import { filterKeys, isEmptyState, paramsOfState, stateFromParams, type SearchState } from '../lib/search-state.ts';
import type { PageKind } from '../lib/search-meta.ts';

type FilterValue = string | { any: string[] };
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, FilterValue> }): Promise<PagefindSearch | null>;
}

/** How many results of each search are opened (each costs a small fragment download). */
const OPEN = { local: 8, general: 8, copies: 6 };
const national: FilterValue = { any: ['guide', 'channel'] };

// Kept in a variable so the bundler leaves the import to the browser.
const pagefindUrl = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pf) => {
    // No worker: one script less to download (the worker is ~11 KB), and searching an index
    // this size on the main thread takes a few milliseconds.
    await pf.options({ excerptLength: 40, noWorker: true });
    // Loads the filter lists, so each search also reports how many cities it found.
    await pf.filters();
    return pf;
  }));
let cityIndex: Promise<CityIndexEntry[]> | undefined;
const loadCities = () => (cityIndex ??= fetch('/data/city-index.json').then((r) => r.json() as Promise<CityIndexEntry[]>));

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** Pagefind's excerpt is HTML with <mark>; keep only its text and the marks. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  // An excerpt can start just after the city name of a title (“：医保…”).
  template.innerHTML = html.replace(/^[\s:：,，.。、]+/, '');
  return [...template.content.childNodes].map((n) =>
    n.nodeName === 'MARK' ? el('mark', { textContent: n.textContent ?? '' }) : document.createTextNode(n.textContent ?? ''),
  );
}

async function openHits(search: PagefindSearch | null, count: number): Promise<Hit[]> {
  if (!search) return [];
  return Promise.all(
    search.results.slice(0, count).map(async (result) => {
      const d = await result.data();
      return {
        url: d.url,
        title: d.meta['title'] ?? d.url,
        excerpt: d.excerpt,
        kind: (d.meta['kind'] ?? 'guide') as PageKind,
        template: d.meta['template'] ?? d.url,
        city: d.meta['city'],
        topic: d.filters['topic']?.[0],
        score: result.score,
      };
    }),
  );
}

function hitItem(hit: Hit, heading: 'h2' | 'h3'): HTMLLIElement {
  const where = hit.city ?? (hit.kind === 'channel' ? '全国通用的查询办法' : '全国通用');
  return el(
    'li',
    { className: 'result' },
    el(heading, { className: 'result-title' }, el('a', { href: hit.url, textContent: hit.title })),
    el('p', { className: 'result-where' }, el('span', { className: hit.city ? 'badge' : 'badge badge--national', textContent: where })),
    el('p', { className: 'result-excerpt' }, ...excerptNodes(hit.excerpt)),
  );
}

function rowItem(row: Row): HTMLLIElement {
  if (row.type === 'hit') return hitItem(row.hit, 'h2');
  const first = row.hits[0]!;
  return el(
    'li',
    { className: 'result-group' },
    el('h2', { className: 'result-group-title', textContent: row.template === 'hub' ? '各城市的医保常见问题页' : `各城市：${withoutCity(first.title, first.city)}` }),
    el('ol', { className: 'results' }, ...row.hits.map((hit) => hitItem(hit, 'h3'))),
  );
}

export async function startSearch(form: HTMLFormElement): Promise<() => Promise<void>> {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = Object.fromEntries(filterKeys.map((k) => [k, form.elements.namedItem(k) as HTMLSelectElement | null]));
  const details = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const out = document.querySelector<HTMLElement>('[data-search-results]')!;
  const channelTitles = JSON.parse(out.dataset['channelTitles'] ?? '{}') as Record<string, string>;

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const key of filterKeys) if (selects[key]?.value) filters[key] = selects[key].value;
    return { q: input.value.trim(), filters };
  };
  const writeFilters = (filters: SearchState['filters']) => {
    for (const key of filterKeys) if (selects[key]) selects[key].value = filters[key] ?? '';
    // The filters stay folded even when set: on a phone they would push the results off the screen,
    // and the status line already says which city or topic the search used.
  };

  const cityNote = (plan: QueryPlan, state: SearchState): Node[] => {
    const nodes: Node[] = [];
    if (plan.rewrites.length) nodes.push(el('span', { textContent: `已按${plan.rewrites.map(([from, to]) => `“${to}”（你输入的是“${from}”）`).join('、')}搜索。` }));
    if (plan.city && plan.otherCities.length) {
      nodes.push(document.createTextNode(' 要找的是别的城市？'));
      plan.otherCities.forEach((c, i) => {
        if (i) nodes.push(document.createTextNode('、'));
        nodes.push(el('a', { href: `?${paramsOfState({ q: [c.n, plan.text].filter(Boolean).join(' '), filters: { ...state.filters, city: c.n } })}`, textContent: c.n }));
      });
    }
    return nodes;
  };

  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    const state = readForm();
    if (isEmptyState(state)) {
      history.replaceState(null, '', location.pathname);
      status.textContent = '';
      out.replaceChildren();
      return;
    }
    status.textContent = '正在搜索…';
    const [pf, cities] = await Promise.all([loadPagefind(), loadCities()]);
    const plan = planSearch(state.q, cities);
    // A place in the words becomes the filter, and the form and the address show it.
    if (plan.city) {
      state.filters.city = plan.city.n;
      delete state.filters.province;
    } else if (plan.province && !state.filters.city) state.filters.province = plan.province;
    writeFilters(state.filters);
    history.replaceState(null, '', `?${paramsOfState(state)}`);

    const { city, province, ...rest } = state.filters;
    const placeOnly = !plan.text && !rest.topic && !rest.channel;
    // A place alone (北平, beijng): search its name, so Pagefind's relevance puts the city hub first
    // instead of returning the city's pages in index order.
    const text = pagefindText(plan) ?? (placeOnly && plan.city ? plan.city.n : null);
    const shared: Record<string, FilterValue> = { ...rest };
    const search = async (filters: Record<string, FilterValue>) => {
      const found = await pf.search(text, { filters });
      if (found?.results.length || !plan.topic || !text) return found;
      return pf.search(topicWords[plan.topic], { filters });
    };
    const wantNational = !placeOnly && (text !== null || Object.keys(shared).length > 0);
    const nationalSearch = wantNational ? search({ ...shared, kind: national }) : Promise.resolve(null);
    // Filters only: costs no index download, and finds the topic's guide whatever the words.
    const topicGuide =
      wantNational && plan.topic && !plan.channel && !rest.channel
        ? pf.search(null, { filters: { ...shared, kind: 'guide', topic: plan.topic } }).then((s) => openHits(s, 1)).then((h) => h[0])
        : Promise.resolve(undefined);
    let rows: Row[];
    let total: number;
    let cityCount = 0;
    if (city) {
      const [local, general] = await Promise.all([search({ ...shared, city }), nationalSearch]);
      // A place alone: open all of the city's pages (a dozen or so) so the hub is among them to rank first.
      const localHits = await openHits(local, placeOnly ? 16 : OPEN.local);
      const named = plan.channel && everywhereChannels.has(plan.channel) ? plan.channel : undefined;
      const place = cities.find((c) => c.n === city);
      if (named && place && !localHits.some((h) => h.template === `channel-${named}`)) {
        localHits.unshift(cityChannelHit({ slug: place.s, name: place.n }, named, channelTitles[named]));
      }
      const input = { local: localHits, general: await openHits(general, 3), topicGuide: await topicGuide, copies: [] };
      rows = arrangeResults(input, { topic: plan.topic, channel: plan.channel, placeOnly });
      total = (local?.results.length ?? 0) + Math.min(general?.results.length ?? 0, 3);
    } else {
      const own = province ? { province } : {};
      const [general, copies] = await Promise.all([province ? Promise.resolve(null) : nationalSearch, search({ ...shared, ...own, kind: 'city' })]);
      const input = { local: [], general: await openHits(general, OPEN.general), topicGuide: province ? undefined : await topicGuide, copies: await openHits(copies, OPEN.copies) };
      rows = arrangeResults(input, { topic: plan.topic, channel: plan.channel, placeOnly });
      total = (general?.results.length ?? 0) + (copies?.results.length ?? 0);
      cityCount = Object.values(copies?.filters['city'] ?? {}).filter((n) => n > 0).length;
    }
    if (mine !== generation) return;

    const note = cityNote(plan, state);
    status.replaceChildren(
      ...(rows.length ? [`找到 ${total} 个相关页面。`] : ['没有找到相关页面。换个说法试试，比如“杭州 余额”“退休了还要交吗”。']),
      ...(note.length ? [el('span', { className: 'search-note' }, ...note)] : []),
    );
    const list = el('ol', { className: 'results' }, ...rows.map(rowItem));
    const parts: Node[] = rows.length ? [list] : [el('p', {}, '也可以看', el('a', { href: '/cities/', textContent: '全部城市列表' }), '或', el('a', { href: '/guides/', textContent: '医保专题' }), '。')];
    if (cityCount > 1) {
      const choose = el('button', { type: 'button', className: 'button button--secondary', textContent: '选你的城市，只看本市的' });
      choose.addEventListener('click', () => {
        if (details) details.open = true;
        selects.city?.focus();
      });
      parts.push(el('p', { className: 'search-cities' }, `${cityCount} 个城市都有相关页面，上面只列出几个。`, choose));
    }
    out.replaceChildren(...parts);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  for (const select of Object.values(selects)) select?.addEventListener('change', () => void run());

  const initial = stateFromParams(new URLSearchParams(location.search));
  if (!isEmptyState(initial)) {
    input.value = initial.q;
    // A shared link may name the city by its slug (city=hangzhou).
    if (initial.filters.city && selects.city && ![...selects.city.options].some((o) => o.value === initial.filters.city)) {
      const bySlug = (await loadCities()).find((c) => c.s === initial.filters.city);
      if (bySlug) initial.filters.city = bySlug.n;
    }
    writeFilters(initial.filters);
    await run();
  }
  return run;
}
