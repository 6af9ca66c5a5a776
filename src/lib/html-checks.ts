/**
 * Checks over built HTML pages: links and anchors, page metadata, CSP, outbound rel, freshness
 * wording, the error-report link. Pure functions over strings, so the tests over dist/ and the
 * tests over deliberately broken fixtures run the very same code. Node only (tests, scripts).
 *
 * Every problem is one line, `<page>: <what is wrong>`, so a failing test reads like a to-do list.
 */
import { createHash } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';
import { isOldSource, isStale, newestDate } from './dates.ts';

/** One URL-bearing attribute on a page. */
export interface PageLink {
  tag: string;
  attr: string;
  value: string;
  rel: string;
  text: string;
}

/** What the checks need to know about one page, read once. */
export interface PageInfo {
  /** URL path of the page, e.g. `/cities/hangzhou/` (or `/404.html`). */
  path: string;
  lang: string | undefined;
  titles: string[];
  description: string | undefined;
  h1Count: number;
  canonical: string | undefined;
  csp: string | undefined;
  /** Contents of inline `<script>` elements that the browser executes (JSON data blocks excluded). */
  inlineScripts: string[];
  /** Elements carrying a `style` attribute, which a CSP without 'unsafe-inline' blocks. */
  styleAttributes: number;
  ids: Set<string>;
  links: PageLink[];
  /** `data-fact-id` values of the fact groups on the page. */
  factIds: string[];
  /** Each provenance block: its 核实于 date, the dates its sources print, and which cautions it shows. */
  provenance: { checkedAt: string | undefined; sourceDates: string[]; national: boolean; staleCaution: boolean; oldSourceCaution: boolean }[];
  /** Visible text of the body (scripts and styles left out). */
  text: string;
}

const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  video: ['src', 'poster'],
  audio: ['src'],
};

type Element = ReturnType<typeof DomUtils.findAll>[number];

const executable = (type: string | undefined) => !type || type === 'module' || /javascript|ecmascript/i.test(type);

/** Maps a file under dist/ to the URL a static host serves it at: `cities/x/index.html` → `/cities/x/`. */
export function urlPathOf(relativeFile: string): string {
  const p = `/${relativeFile.split('\\').join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** Reads one page's HTML into the facts the checks use. */
export function readPage(path: string, html: string): PageInfo {
  const doc = parseDocument(html);
  const all = DomUtils.findAll(() => true, doc.children);
  const byTag = (tag: string) => all.filter((e) => e.name === tag);
  const attr = (e: Element, name: string) => e.attribs[name];
  const head = byTag('head')[0];
  const inHead = (e: Element) => !!head && DomUtils.findAll((x) => x === e, head.children).length > 0;
  const metas = byTag('meta');
  const links: PageLink[] = [];
  for (const e of all) {
    for (const name of urlAttributes[e.name] ?? []) {
      const value = attr(e, name);
      if (value !== undefined) links.push({ tag: e.name, attr: name, value, rel: attr(e, 'rel') ?? '', text: DomUtils.textContent(e).trim() });
    }
  }
  const body = byTag('body')[0];
  const textOf = (nodes: Element['children']): string =>
    nodes
      .map((n) => (n.type === 'text' ? (n as unknown as { data: string }).data : 'name' in n && !['script', 'style', 'noscript'].includes(n.name) ? textOf((n as Element).children) : ' '))
      .join('');
  return {
    path,
    lang: byTag('html')[0]?.attribs['lang'],
    titles: byTag('title').filter(inHead).map((e) => DomUtils.textContent(e).trim()),
    description: metas.find((m) => attr(m, 'name') === 'description')?.attribs['content'],
    h1Count: byTag('h1').length,
    canonical: byTag('link').find((l) => (attr(l, 'rel') ?? '').split(/\s+/).includes('canonical'))?.attribs['href'],
    csp: metas.find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy')?.attribs['content'],
    inlineScripts: byTag('script')
      .filter((s) => attr(s, 'src') === undefined && executable(attr(s, 'type')))
      .map((s) => s.children.map((c) => (c as unknown as { data?: string }).data ?? '').join('')),
    styleAttributes: all.filter((e) => attr(e, 'style') !== undefined).length,
    ids: new Set(all.map((e) => attr(e, 'id')).filter((id): id is string => id !== undefined)),
    links,
    factIds: all.map((e) => attr(e, 'data-fact-id')).filter((id): id is string => !!id),
    provenance: all
      .filter((e) => (attr(e, 'class') ?? '').split(/\s+/).includes('provenance'))
      .map((p) => ({
        checkedAt: DomUtils.findOne((e) => e.name === 'time', p.children)?.attribs['datetime'],
        sourceDates: DomUtils.findAll((e) => e.name === 'li', p.children)
          .flatMap((li) => DomUtils.findAll((e) => e.name === 'time', li.children))
          .map((t) => t.attribs['datetime'] ?? ''),
        national: attr(p, 'data-national') !== undefined,
        staleCaution: DomUtils.findOne((e) => attr(e, 'data-stale') !== undefined, p.children) !== null,
        oldSourceCaution: DomUtils.findOne((e) => attr(e, 'data-old-source') !== undefined, p.children) !== null,
      })),
    text: body ? textOf(body.children).replace(/\s+/g, ' ') : '',
  };
}

/** Title, description, one h1, lang, canonical: what every page needs to make sense when shared or read aloud. */
export function checkPageMeta(page: PageInfo, siteOrigin: string): string[] {
  const problems: string[] = [];
  const at = (what: string) => problems.push(`${page.path}: ${what}`);
  if (page.lang !== 'zh-CN') at(`<html lang> 应为 "zh-CN"，实际是 ${JSON.stringify(page.lang ?? null)}`);
  if (page.titles.length !== 1 || !page.titles[0]) at(`应有且只有一个非空的 <title>，实际有 ${page.titles.filter(Boolean).length} 个`);
  if (!page.description?.trim()) at('缺少 <meta name="description">（分享和搜索结果里显示的摘要）');
  if (page.h1Count !== 1) at(`应有且只有一个 <h1>，实际有 ${page.h1Count} 个`);
  if (!page.canonical) at('缺少 <link rel="canonical">');
  else {
    const canonical = new URL(page.canonical, siteOrigin);
    if (canonical.origin !== new URL(siteOrigin).origin) at(`canonical ${page.canonical} 不在本站地址 ${siteOrigin} 下`);
    else if (page.path.endsWith('/') && canonical.pathname !== page.path) at(`canonical 指向 ${canonical.pathname}，应指向本页 ${page.path}`);
  }
  return problems;
}

/** Parses a CSP string into directive → sources. */
export function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A CSP meta on the page; scripts never allowed inline wholesale; every inline script the page
 * runs is allowed by its hash (otherwise the browser silently skips it); no style attributes,
 * which the policy would block.
 */
export function checkCsp(page: PageInfo): string[] {
  if (!page.csp) return [`${page.path}: 缺少 Content-Security-Policy（<meta http-equiv>）`];
  const problems: string[] = [];
  const csp = parseCsp(page.csp);
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  if (!scriptSrc) problems.push(`${page.path}: CSP 没有 script-src 或 default-src`);
  else {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
      if (scriptSrc.includes(bad)) problems.push(`${page.path}: CSP 的 script-src 不能含 ${bad}`);
    }
    for (const script of page.inlineScripts) {
      if (!scriptSrc.includes(sha256(script))) problems.push(`${page.path}: 内联脚本 “${script.trim().slice(0, 40)}…” 的哈希不在 CSP 的 script-src 里，浏览器会拒绝运行它`);
    }
  }
  if (csp.get('default-src')?.join(' ') !== "'self'") problems.push(`${page.path}: CSP 的 default-src 应为 'self'`);
  if (page.styleAttributes > 0) problems.push(`${page.path}: 有 ${page.styleAttributes} 个元素写了 style 属性，CSP 会拦下它们；请改用样式表里的类`);
  return problems;
}

/** Links to other sites must not hand them `window.opener`. */
export function checkOutboundRel(page: PageInfo, siteOrigin: string): string[] {
  const own = new URL(siteOrigin).origin;
  return page.links
    .filter((l) => l.tag === 'a' && /^https?:\/\//i.test(l.value) && new URL(l.value).origin !== own)
    .filter((l) => !l.rel.split(/\s+/).includes('noopener'))
    .map((l) => `${page.path}: 外部链接 ${l.value} 的 rel 应包含 noopener`);
}

export interface LinkCheckOptions {
  /** The site's public origin: absolute links to it are internal. */
  siteOrigin: string;
}

export interface LinkCheckResult {
  broken: string[];
  checked: number;
}

/**
 * Every internal link and `#anchor` resolves to a file in the build, the way a static host
 * serves it: `/a/` → `a/index.html`, `/a` → `a` or `a/index.html`.
 */
export function checkLinks(pages: readonly PageInfo[], files: ReadonlySet<string>, options: LinkCheckOptions): LinkCheckResult {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const own = new URL(options.siteOrigin).origin;
  const local = 'http://dist.invalid';
  const result: LinkCheckResult = { broken: [], checked: 0 };
  for (const page of pages) {
    for (const link of page.links) {
      if (link.tag === 'link' && /\bcanonical\b/.test(link.rel)) continue; // checked by checkPageMeta
      let target: URL;
      try {
        target = new URL(link.value, local + page.path);
      } catch {
        result.broken.push(`${page.path}: ${link.value} 不是有效的网址`);
        continue;
      }
      if (target.origin !== local && target.origin !== own) continue; // other sites, mailto:, tel:
      result.checked++;
      let pathname: string;
      try {
        pathname = decodeURIComponent(target.pathname);
      } catch {
        result.broken.push(`${page.path}: ${link.value} 的路径编码有误`);
        continue;
      }
      const file = pathname.endsWith('/') ? `${pathname}index.html` : files.has(pathname) ? pathname : `${pathname}/index.html`;
      if (!files.has(file)) {
        result.broken.push(`${page.path}: 链接 ${link.value} 指向的页面不存在`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment) continue;
      const targetPage = byPath.get(urlPathOf(file.slice(1)));
      if (targetPage && !targetPage.ids.has(fragment)) {
        result.broken.push(`${page.path}: 链接 ${link.value} 的锚点 #${fragment} 在 ${targetPage.path} 上找不到`);
      }
    }
  }
  return result;
}

const willWords = /将要|将于|即将/g;
const dayPattern = /(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})日/g;

/** Finds "将要/将于/即将" right before a day that has already passed: a change described as future when it is in force. */
export function pastWillStatements(text: string, today: string): string[] {
  const found: string[] = [];
  for (const word of text.matchAll(willWords)) {
    const after = text.slice(word.index, word.index + word[0].length + 24);
    for (const d of after.matchAll(dayPattern)) {
      const [y, m, day] = (d[1] ? [d[1], d[2], d[3]] : [d[4], d[5], d[6]]).map(Number) as [number, number, number];
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (iso <= today) found.push(after.slice(0, d.index + d[0].length));
    }
  }
  return found;
}

/** "将于 2020年1月1日" on a page built later; every stale fact, and every fact whose newest source is old, carries its caution. */
export function checkFreshness(page: PageInfo, today: string): string[] {
  const problems = pastWillStatements(page.text, today).map((s) => `${page.path}: “${s}” 说的是已经过去的日期，应写成“自……起执行”，不能写“将要”`);
  page.provenance.forEach((p, i) => {
    if (!p.checkedAt) problems.push(`${page.path}: 第 ${i + 1} 处来源说明缺少“核实于”日期`);
    else if (isStale(p.checkedAt, today) && !p.staleCaution) {
      problems.push(`${page.path}: 第 ${i + 1} 处事实核实于 ${p.checkedAt}，已超过一年，却没有显示“超过一年未复核”的提示`);
    }
    const newest = newestDate(p.sourceDates);
    if (!p.national && isOldSource(newest, today) && !p.oldSourceCaution) {
      problems.push(`${page.path}: 第 ${i + 1} 处事实的来源最新也是 ${newest}，却没有提示“规定后来可能改过”`);
    }
  });
  return problems;
}

/** The 报告错误 link: a prefilled message to `reportTo` naming the page and its facts. */
export function checkReportLink(page: PageInfo, reportTo: string, reportText = '报告错误'): string[] {
  const link = page.links.find((l) => l.tag === 'a' && l.text === reportText);
  if (!link) return [`${page.path}: 缺少“${reportText}”链接`];
  if (!link.value.startsWith(reportTo)) return [`${page.path}: “${reportText}”链接应发往 ${reportTo}，实际是 ${link.value.split('?')[0]}`];
  const query = new URLSearchParams(link.value.slice(link.value.indexOf('?') + 1));
  const body = query.get('body') ?? '';
  const problems: string[] = [];
  if (!query.get('subject')) problems.push(`${page.path}: “${reportText}”链接没有预先填写标题`);
  if (page.canonical && !body.includes(page.canonical)) problems.push(`${page.path}: “${reportText}”链接的正文没有写明本页网址`);
  // Layouts name facts for maintainers (`hangzhou:retirement`), anchors name them for readers
  // (`retirement`): the report must name the facts, not repeat the anchors.
  if (page.factIds.length > 0 && !/涉及的事实：\S/.test(body)) problems.push(`${page.path}: 本页有事实（${page.factIds.join('、')}），“${reportText}”链接的正文却没有写明事实编号`);
  return problems;
}
