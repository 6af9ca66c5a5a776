import { describe, expect, test } from 'vitest';
import { budgets, checkSite, firstLoadOf, pageTypeOf, sizesOf, staticImportsOf, type Rule } from '../../src/lib/budgets.ts';
import { siteOnDisk } from '../../scripts/bench/site-files.ts';

const fixture = siteOnDisk('tests/fixtures/heavy-site');
const report = checkSite(fixture.files, fixture.read);
const rulesBrokenBy = (file: string): Rule[] => report.violations.filter((v) => v.file === file).map((v) => v.rule).sort();
const text = (path: string) => Buffer.from(fixture.read(path)!).toString('utf8');

describe('static imports', () => {
  test('finds static imports and re-exports in minified and written modules', () => {
    const code = `import{a as b}from"./a.js";import"./side.js";import x, { y } from './x.js';export*from"./all.js";export { z } from "./z.js";`;
    expect(staticImportsOf(code)).toEqual(['./a.js', './side.js', './x.js', './all.js', './z.js']);
  });

  test('ignores dynamic imports, import.meta and names that merely start with import', () => {
    const code = 'const l=()=>import("./lazy.js");const u=import.meta.url;let importer="./no.js";export{l};';
    expect(staticImportsOf(code)).toEqual([]);
  });
});

describe('first-load bytes of a page', () => {
  const light = firstLoadOf('/', text('/index.html'), fixture.read);

  test('counts the HTML, its stylesheet, its module script and that script’s static import', () => {
    expect(light.resources.filter((r) => !r.inline).map((r) => r.url)).toEqual(['/', '/light.js', '/shared.js', '/light.css']);
    const expected = ['/index.html', '/light.js', '/shared.js', '/light.css'].map((p) => sizesOf(fixture.read(p)!).brotli);
    expect(light.total.brotli).toBe(expected.reduce((a, b) => a + b));
  });

  test('does not count a module loaded by dynamic import on first use', () => {
    expect(light.resources.map((r) => r.url)).not.toContain('/lazy.js');
    expect(light.script.brotli).toBeLessThan(budgets.scriptBrotli);
  });

  test('counts an inline classic script as script but not structured data', () => {
    const inline = light.resources.filter((r) => r.inline);
    expect(inline).toHaveLength(1);
    expect(inline[0]!.sizes.raw).toBe('document.documentElement.dataset.js="1"'.length);
  });
});

describe('the budget check over a deliberately heavy site', () => {
  test('reports the heavy page for HTML size, first-load bytes and script bytes', () => {
    expect(rulesBrokenBy('/heavy/index.html')).toEqual(['first-load', 'html-size', 'script']);
  });

  test('reports the web font both as @font-face and as a font file', () => {
    expect(rulesBrokenBy('/heavy.css')).toEqual(['web-font']);
    expect(rulesBrokenBy('/fonts/heavy.woff2')).toEqual(['web-font']);
  });

  test('reports the image over 50 KB', () => {
    expect(rulesBrokenBy('/heavy.png')).toEqual(['image-size']);
  });

  test('reports a page that asks for a script the build does not contain', () => {
    expect(rulesBrokenBy('/broken/index.html')).toEqual(['unresolved']);
  });

  test('passes the light page and lets the search page load its engine', () => {
    expect(rulesBrokenBy('/index.html')).toEqual([]);
    expect(rulesBrokenBy('/search/index.html')).toEqual([]);
    expect(report.pages.find((p) => p.page === '/search/')!.script.brotli).toBeGreaterThan(budgets.scriptBrotli);
  });

  test('says by how much a budget is broken', () => {
    const message = report.violations.find((v) => v.rule === 'html-size')!.message;
    expect(message).toMatch(/^HTML is \d+\.\d KB raw, over 60\.0 KB$/);
  });
});

describe('page types', () => {
  test('classifies each kind of page by its address', () => {
    expect(
      ['/', '/cities/', '/cities/hangzhou/', '/cities/hangzhou/withdrawal/', '/cities/hangzhou/balance/', '/cities/hangzhou/balance/wechat/', '/channels/app/', '/guides/scams/', '/search/', '/data/'].map(pageTypeOf),
    ).toEqual(['home', 'city list', 'city hub', 'city topic', 'city topic', 'city channel how-to', 'channel', 'guide', 'search', 'other']);
  });
});

describe('a build that scales', () => {
  test('reads collections only in src/lib/collections.ts, where each is read once and kept in a map', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const callers = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|astro|mdx?)$/.test(e.name))
      .map((e) => `${e.parentPath}/${e.name}`.replace(/\\/g, '/'))
      .filter((path) => /\bget(Collection|Entry|Entries)\s*\(/.test(readFileSync(path, 'utf8')));
    expect(callers).toEqual(['src/lib/collections.ts']);
  });
});
