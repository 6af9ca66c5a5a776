/** Reads a built site (dist/ or a fixture tree) once per test file: every file path, every page parsed. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readPage, urlPathOf, type PageInfo } from '../../../src/lib/html-checks.ts';

export const distDir = resolve(import.meta.dirname, '../../../dist');
export const brokenDir = resolve(import.meta.dirname, '../../fixtures/dist-broken');

export interface BuiltSite {
  root: string;
  /** URL paths of every file, e.g. `/cities/hangzhou/index.html`, `/favicon.svg`. */
  files: Set<string>;
  /** HTML files relative to root, e.g. `cities/hangzhou/index.html`. */
  htmlFiles: string[];
  pages: PageInfo[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const cache = new Map<string, BuiltSite>();

export function loadSite(root = distDir): BuiltSite {
  const cached = cache.get(root);
  if (cached) return cached;
  if (!existsSync(join(root, 'index.html')) && root === distDir) throw new Error('dist/ 里没有构建好的网站：先运行 npm run build');
  const all = walk(root).map((f) => relative(root, f).split('\\').join('/'));
  const htmlFiles = all.filter((f) => f.endsWith('.html')).sort();
  const site: BuiltSite = {
    root,
    files: new Set(all.map((f) => `/${f}`)),
    htmlFiles,
    pages: htmlFiles.map((f) => readPage(urlPathOf(f), readFileSync(join(root, f), 'utf8'))),
  };
  cache.set(root, site);
  return site;
}

/** One page of a site by its URL path; throws so a renamed fixture fails loudly. */
export function pageAt(site: BuiltSite, path: string): PageInfo {
  const page = site.pages.find((p) => p.path === path);
  if (!page) throw new Error(`${site.root} 里没有 ${path}`);
  return page;
}
