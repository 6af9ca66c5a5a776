import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { conflictPlaces, missingParts, pageText } from './lib/conflicts.ts';
import { dist } from './built-pages.ts';

const content = readContent(process.cwd());
const municipalities = new Set(content.cities.filter((f) => (f.data as { kind?: string }).kind === 'municipality').map((f) => f.id));
const places = [
  ...content.cities.flatMap((f) => conflictPlaces({ ...f, data: f.data as Record<string, unknown> }, 'city')),
  ...content.provinces.flatMap((f) => conflictPlaces({ ...f, data: f.data as Record<string, unknown> }, 'province', municipalities.has(f.id))),
];

const htmlAt = (page: string) => {
  const file = join(dist, page, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

describe('conflicts between sources', () => {
  it('are recorded somewhere in the content (otherwise this check proves nothing)', () => {
    expect(places.length).toBeGreaterThan(10);
  });

  it('each appear, with every claim and the reason for the one relied on, on the page of their fact', () => {
    const problems = places.flatMap(({ file, field, page, conflict }) => {
      const html = htmlAt(page);
      if (!html) return [`${file}: ${field}: 页面 ${page} 不存在`];
      return missingParts(pageText(page, html), conflict).map((part) => `${file}: ${field}: ${page} 上没有显示“${part}”`);
    });
    expect(problems).toEqual([]);
  });

  it('would be caught missing: a page without the conflict fails the check', () => {
    const { conflict, page } = places[0]!;
    const html = htmlAt(page)!;
    const stripped = html.replace(/<div class="callout callout--warning" data-conflict>[\s\S]*?<\/div>/g, '');
    expect(missingParts(pageText(page, stripped), conflict).length).toBeGreaterThan(0);
  });
});
