/**
 * Byte budgets for readers on phones, often on mobile data inside WeChat: what a page costs on
 * first load (its HTML, the stylesheets it links, the scripts that run at load) and the rules over
 * the whole build. Pure: callers hand in the file list and a reader, so the dist/ test, the bench
 * and the fixture tests measure the same way.
 *
 * "Runs at load" means classic and module scripts in the HTML, module scripts it preloads, and the
 * static imports of module scripts, followed recursively. Dynamic `import()` is loaded on first use
 * (the city picker's engine and index) and does not count until then.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const budgets = {
  /** HTML + CSS + scripts run at load, each compressed on its own as a server would send it. */
  firstLoadBrotli: 30 * 1024,
  /** JavaScript run at load, inline and external. */
  scriptBrotli: 3 * 1024,
  imageRaw: 50 * 1024,
  htmlRaw: 60 * 1024,
} as const;
export type Budgets = typeof budgets;

/** Pages exempt from the first-load and script budgets: search loads its engine on purpose. */
export const firstLoadExempt: ReadonlySet<string> = new Set(['/search/']);

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const zero: Sizes = { raw: 0, gzip: 0, brotli: 0 };
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/**
 * Compression at the settings hosts and CDNs use on the fly (gzip 6, brotli 5), not the maximum a
 * build could precompress with: the figures are what a reader more likely receives, slightly larger
 * and so stricter, and about twenty times quicker to compute over thousands of pages.
 */
export const compression = { gzipLevel: 6, brotliQuality: 5 } as const;

export function sizesOf(content: Uint8Array | string): Sizes {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: compression.gzipLevel }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: compression.brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }).byteLength,
  };
}

/** Reads a file of the built site by its URL path (`/_astro/a.css`); undefined when there is none. */
export type ReadSiteFile = (urlPath: string) => Uint8Array | undefined;

export interface LoadedResource {
  /** URL path, or `<page> inline #n` for an inline script. */
  url: string;
  kind: 'html' | 'css' | 'script';
  /** Inline scripts travel inside the HTML: counted as script, not again in the total. */
  inline: boolean;
  sizes: Sizes;
}

export interface FirstLoad {
  page: string;
  resources: LoadedResource[];
  /** HTML plus every external stylesheet and script. */
  total: Sizes;
  /** Every script that runs at load, inline or external. */
  script: Sizes;
  html: Sizes;
  /** Resources the page asks for at load that are not in the build (missing or on another host). */
  unresolved: string[];
}

const origin = 'https://site.invalid';
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    found.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return found;
}

/** The URL path a reference resolves to from `base`, or undefined for another host. */
function resolvePath(reference: string, base: string): string | undefined {
  const url = new URL(reference, origin + base);
  return url.origin === origin ? decodeURIComponent(url.pathname) : undefined;
}

/**
 * Specifiers of a module's static imports and re-exports (`import x from`, `import "./a.js"`,
 * `export * from`), in minified or written form. `import(` and `import.meta` are not matched.
 */
export function staticImportsOf(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[^\w$.])(?:import|export)(?=[\s{*"'`])(?:\s*(?:[\w$*{][^;"'`]*?\bfrom\s*))?\s*(["'`])([^"'`\n]+)\1/g;
  for (const m of code.matchAll(pattern)) found.push(m[2]!);
  return found;
}

/** `@import` rules of a stylesheet. */
export function cssImportsOf(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((m) => m[1]!);
}

/**
 * What a page costs on first load. `pageUrl` is its URL path (`/cities/hangzhou/`). Pass one
 * `measured` map across pages so shared stylesheets and scripts are compressed once.
 */
export function firstLoadOf(pageUrl: string, html: string, read: ReadSiteFile, measured = new Map<string, Sizes>()): FirstLoad {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '');
  const resources: LoadedResource[] = [{ url: pageUrl, kind: 'html', inline: false, sizes: sizesOf(html) }];
  const seen = new Set<string>();
  const unresolved: string[] = [];

  /** Adds a file and, for stylesheets and module scripts, what it imports statically. */
  const fetchFile = (reference: string, base: string, kind: 'css' | 'script', followImports = true): void => {
    const path = resolvePath(reference, base);
    if (path === undefined) {
      unresolved.push(reference);
      return;
    }
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) {
      unresolved.push(path);
      return;
    }
    let sizes = measured.get(path);
    if (!sizes) measured.set(path, (sizes = sizesOf(bytes)));
    resources.push({ url: path, kind, inline: false, sizes });
    if (!followImports) return;
    const text = Buffer.from(bytes).toString('utf8');
    for (const specifier of kind === 'css' ? cssImportsOf(text) : staticImportsOf(text)) fetchFile(specifier, path, kind);
  };

  let inlineCount = 0;
  for (const m of markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]!);
    const type = (attrs.get('type') ?? '').trim().toLowerCase();
    if (!executableTypes.has(type) || attrs.has('nomodule')) continue;
    const src = attrs.get('src');
    if (src !== undefined) {
      fetchFile(src, pageUrl, 'script', type === 'module'); // a classic script cannot import statically
      continue;
    }
    const body = m[2]!;
    resources.push({ url: `${pageUrl} inline #${++inlineCount}`, kind: 'script', inline: true, sizes: sizesOf(body) });
    if (type === 'module') for (const specifier of staticImportsOf(body)) fetchFile(specifier, pageUrl, 'script');
  }

  for (const m of markup.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]!);
    const rel = new Set((attrs.get('rel') ?? '').toLowerCase().split(/\s+/));
    const href = attrs.get('href');
    if (href === undefined) continue;
    if (rel.has('stylesheet') && !rel.has('alternate')) fetchFile(href, pageUrl, 'css');
    else if (rel.has('modulepreload')) fetchFile(href, pageUrl, 'script');
    else if (rel.has('preload') && attrs.get('as') === 'script') fetchFile(href, pageUrl, 'script', false);
    else if (rel.has('preload') && attrs.get('as') === 'style') fetchFile(href, pageUrl, 'css');
  }

  return {
    page: pageUrl,
    resources,
    total: resources.filter((r) => !r.inline).reduce((sum, r) => add(sum, r.sizes), zero),
    script: resources.filter((r) => r.kind === 'script').reduce((sum, r) => add(sum, r.sizes), zero),
    html: resources[0]!.sizes,
    unresolved,
  };
}

/** `/cities/hangzhou/index.html` → `/cities/hangzhou/`; `/404.html` stays as it is. */
export const pageUrlOf = (filePath: string): string => filePath.replace(/(^|\/)index\.html$/, '$1');

export type PageType =
  | 'home'
  | 'city list'
  | 'city hub'
  | 'city topic'
  | 'city channel how-to'
  | 'channel'
  | 'guide'
  | 'search'
  | 'other';

/** Which kind of page a URL path is, for reporting bytes per page type. */
export function pageTypeOf(url: string): PageType {
  if (url === '/') return 'home';
  if (url === '/cities/') return 'city list';
  if (url === '/search/') return 'search';
  if (/^\/cities\/[^/]+\/$/.test(url)) return 'city hub';
  if (/^\/cities\/[^/]+\/(balance|withdrawal|retirement|monthly-credit)\/$/.test(url)) return 'city topic';
  if (/^\/cities\/[^/]+\/balance\/[^/]+\/$/.test(url)) return 'city channel how-to';
  if (/^\/channels\/[^/]+\/$/.test(url)) return 'channel';
  if (/^\/guides\/[^/]+\/$/.test(url)) return 'guide';
  return 'other';
}

export type Rule = 'first-load' | 'script' | 'html-size' | 'image-size' | 'web-font' | 'unresolved';

export interface Violation {
  file: string;
  rule: Rule;
  message: string;
}

const imageExtensions = /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp|tiff?)$/i;
const fontExtensions = /\.(woff2?|ttf|otf|eot)$/i;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export interface SiteReport {
  pages: FirstLoad[];
  violations: Violation[];
}

/**
 * Measures every HTML page of a built site and checks every budget. `files` are URL paths of all
 * files in the build (`/index.html`, `/_astro/a.css`).
 */
export function checkSite(files: readonly string[], read: ReadSiteFile, limits: Budgets = budgets): SiteReport {
  const violations: Violation[] = [];
  const pages: FirstLoad[] = [];
  const text = (path: string) => Buffer.from(read(path) ?? new Uint8Array()).toString('utf8');
  const measured = new Map<string, Sizes>();

  for (const file of files) {
    if (fontExtensions.test(file)) {
      violations.push({ file, rule: 'web-font', message: 'is a font file: the site uses the phone’s own fonts' });
    } else if (imageExtensions.test(file)) {
      const size = read(file)?.byteLength ?? 0;
      if (size > limits.imageRaw) violations.push({ file, rule: 'image-size', message: `image is ${kb(size)}, over ${kb(limits.imageRaw)}` });
    } else if (file.endsWith('.css') && /@font-face/i.test(text(file))) {
      violations.push({ file, rule: 'web-font', message: 'declares @font-face: the site uses the phone’s own fonts' });
    } else if (file.endsWith('.html')) {
      const html = text(file);
      const url = pageUrlOf(file);
      const load = firstLoadOf(url, html, read, measured);
      pages.push(load);
      if (load.html.raw > limits.htmlRaw) {
        violations.push({ file, rule: 'html-size', message: `HTML is ${kb(load.html.raw)} raw, over ${kb(limits.htmlRaw)}` });
      }
      for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
        if (/@font-face/i.test(style[1]!)) violations.push({ file, rule: 'web-font', message: 'inline style declares @font-face' });
      }
      for (const missing of load.unresolved) {
        violations.push({ file, rule: 'unresolved', message: `loads ${missing} at load, which is not a file of this build` });
      }
      if (firstLoadExempt.has(url)) continue;
      if (load.total.brotli > limits.firstLoadBrotli) {
        violations.push({ file, rule: 'first-load', message: `first load is ${kb(load.total.brotli)} brotli, over ${kb(limits.firstLoadBrotli)}` });
      }
      if (load.script.brotli > limits.scriptBrotli) {
        violations.push({ file, rule: 'script', message: `runs ${kb(load.script.brotli)} brotli of JavaScript at load, over ${kb(limits.scriptBrotli)}` });
      }
    }
  }
  return { pages, violations };
}
