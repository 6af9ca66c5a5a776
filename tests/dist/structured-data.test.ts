// Every built page: JSON-LD parses and carries the fields each type needs; the sharing tags and
// titles say what the page is, and point at files that exist.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, dist, htmlPages, jsonLdOf } from './built-pages.ts';
import { siteConfig } from '../../src/site.config.ts';

const pages = htmlPages().filter(([path]) => path !== '/404.html');
const site = siteConfig.siteUrl;
const cities = JSON.parse(readFileSync(join(dist, 'data/cities.json'), 'utf8')) as { slug: string; name: string }[];
const cityName = new Map(cities.map((c) => [c.slug, c.name]));
const ofType = (blocks: Record<string, unknown>[], type: string) => blocks.filter((b) => b['@type'] === type);

describe('structured data on every page', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('gives every page one BreadcrumbList numbered from 1, ending at the page itself', () => {
    const problems: string[] = [];
    for (const [path, html] of pages) {
      const blocks = jsonLdOf(path, html);
      for (const b of blocks) if (b['@context'] !== 'https://schema.org') problems.push(`${path}: @context is ${String(b['@context'])}`);
      const lists = ofType(blocks, 'BreadcrumbList');
      if (lists.length !== 1) {
        problems.push(`${path}: ${lists.length} BreadcrumbLists`);
        continue;
      }
      const items = lists[0]!['itemListElement'] as { position: number; name: string; item: string }[];
      items.forEach((it, i) => {
        if (it.position !== i + 1) problems.push(`${path}: crumb ${i} has position ${it.position}`);
        if (!it.name) problems.push(`${path}: crumb ${i} has no name`);
        if (!it.item?.startsWith(site)) problems.push(`${path}: crumb ${i} item ${it.item} is not on ${site}`);
      });
      if (items[0]?.item !== new URL('/', site).href) problems.push(`${path}: the first crumb is not the home page`);
      if (items.at(-1)?.item !== new URL(path, site).href) problems.push(`${path}: the last crumb is ${items.at(-1)?.item}, not the page`);
    }
    expect(problems).toEqual([]);
  });

  it('describes each city hub as a GovernmentService with areaServed and channels including the 12393 hotline', () => {
    const hubs = pages.filter(([path]) => /^\/cities\/[a-z-]+\/$/.test(path));
    expect(hubs.length).toBe(cities.length);
    for (const [path, html] of hubs) {
      const [service, ...more] = ofType(jsonLdOf(path, html), 'GovernmentService');
      expect(more, path).toEqual([]);
      expect(service, path).toBeDefined();
      const slug = path.split('/')[2]!;
      expect(service!['name'], path).toContain(cityName.get(slug));
      const area = service!['areaServed'] as { '@type': string; name: string; alternateName: string };
      expect(area['@type'], path).toBe('City');
      expect(area.alternateName, path).toBe(cityName.get(slug));
      const channels = service!['availableChannel'] as { '@type': string; name: string; url: string; servicePhone?: { telephone: string } }[];
      expect(channels.length, path).toBeGreaterThan(2);
      for (const ch of channels) {
        expect(ch['@type']).toBe('ServiceChannel');
        expect(existsSync(join(dist, new URL(ch.url).pathname, 'index.html')), `${path}: ${ch.url}`).toBe(true);
      }
      expect(channels.some((ch) => /^0\d{2,3}-12393$/.test(ch.servicePhone?.telephone ?? '')), path).toBe(true);
    }
  });

  it('gives every channel how-to a HowTo whose steps match the numbered steps and their anchors', () => {
    const howTos = pages.filter(([path]) => /^\/channels\/[a-z]+\/$|^\/cities\/[a-z-]+\/balance\/[a-z]+\/$/.test(path));
    expect(howTos.length).toBeGreaterThan(cities.length);
    for (const [path, html] of howTos) {
      const [howTo] = ofType(jsonLdOf(path, html), 'HowTo');
      expect(howTo, path).toBeDefined();
      expect(howTo!['name'], path).toBeTruthy();
      const steps = howTo!['step'] as { '@type': string; position: number; name: string; text: string; url: string }[];
      const anchors = [...html.matchAll(/<li id="(step-\d+)"/g)].map((m) => m[1]);
      expect(steps.length, path).toBeGreaterThan(0);
      expect(steps.map((s) => new URL(s.url).hash.slice(1)), path).toEqual(anchors);
      for (const s of steps) {
        expect(s['@type']).toBe('HowToStep');
        expect(s.name && s.text, path).toBeTruthy();
        expect(new URL(s.url).pathname, path).toBe(path);
      }
    }
  });
});

describe('titles and sharing tags', () => {
  it('names the city in the title of every city page', () => {
    const problems = pages
      .filter(([path]) => path.startsWith('/cities/') && path !== '/cities/')
      .flatMap(([path, html]) => {
        const name = cityName.get(path.split('/')[2]!);
        const title = attr(html, /<title>([^<]*)<\/title>/);
        return name && title?.includes(name) ? [] : [`${path}: “${title}” does not name ${name}`];
      });
    expect(problems).toEqual([]);
  });

  it('gives every page a description, an Open Graph image under 50 KB that exists, and the RSS link', () => {
    const problems: string[] = [];
    const sizes = new Map<string, number>();
    for (const [path, html] of pages) {
      if (!attr(html, /<meta name="description" content="([^"]+)"/)) problems.push(`${path}: no description`);
      if (!html.includes('<link rel="alternate" type="application/rss+xml"') || !html.includes('href="/rss.xml"')) problems.push(`${path}: no RSS link`);
      const image = attr(html, /<meta property="og:image" content="([^"]+)"/);
      if (!image?.startsWith(site)) {
        problems.push(`${path}: og:image ${image}`);
        continue;
      }
      const file = join(dist, new URL(image).pathname);
      if (!sizes.has(file)) sizes.set(file, existsSync(file) ? statSync(file).size : -1);
      const size = sizes.get(file)!;
      if (size < 0) problems.push(`${path}: ${image} was not built`);
      else if (size > 50 * 1024) problems.push(`${path}: ${image} is ${size} bytes`);
      else if (readFileSync(file).subarray(1, 4).toString() !== 'PNG') problems.push(`${path}: ${image} is not a PNG`);
    }
    expect(problems).toEqual([]);
    // A city's pages share that city's card; provinces, guides and channels have their own.
    expect([...sizes.keys()].filter((f) => f.includes('/og/cities/')).length).toBe(cities.length);
    expect([...sizes.keys()].filter((f) => f.includes('/og/provinces/')).length).toBe(31);
  });
});
