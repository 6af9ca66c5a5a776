// sitemap.xml, robots.txt and the RSS feed, as built.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlPages } from './built-pages.ts';
import { siteConfig } from '../../src/site.config.ts';

const site = siteConfig.siteUrl;
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

describe('sitemap.xml', () => {
  const xml = read('sitemap.xml');
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] }));

  it('lists every HTML page except the 404 page, once each', () => {
    const expected = htmlPages()
      .map(([path]) => path)
      .filter((path) => path !== '/404.html')
      .map((path) => new URL(path, site).href);
    expect(entries.map((e) => e.loc).sort()).toEqual(expected.sort());
  });

  it('gives every page a lastmod that is a real day, and a city page the city’s own checked date', () => {
    for (const e of entries) {
      expect(e.lastmod, e.loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(e.lastmod!)), e.loc).toBe(false);
    }
    const hangzhou = read('cities/hangzhou/index.html');
    const checked = [...hangzhou.matchAll(/核实于 <time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!).sort();
    expect(checked.length).toBeGreaterThan(0);
    const hub = entries.find((e) => e.loc === new URL('/cities/hangzhou/', site).href);
    expect(hub?.lastmod! >= checked.at(-1)!).toBe(true);
  });

  it('is named in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${new URL('/sitemap.xml', site).href}`);
  });
});

describe('the RSS feed', () => {
  const xml = read('rss.xml');
  const updatesPage = read('updates/index.html');
  const updateFiles = readdirSync(join(import.meta.dirname, '../../content/updates')).filter((f) => f.endsWith('.md'));

  it('has one item per entry in content/updates, each linking to its entry on /updates/', () => {
    const links = [...xml.matchAll(/<item><title>[^<]+<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(updateFiles.length).toBeGreaterThan(0);
    expect(links).toHaveLength(updateFiles.length);
    for (const link of links) {
      const url = new URL(link);
      expect(url.pathname).toBe('/updates/');
      expect(updatesPage).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  it('is well-formed enough for readers: one channel, dated items, escaped text', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<channel>/g)).toHaveLength(1);
    expect(xml.match(/<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0800<\/pubDate>/g)).toHaveLength(updateFiles.length);
    expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
  });
});
