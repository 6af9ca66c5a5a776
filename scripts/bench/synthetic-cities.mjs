// Synthetic cities for the scale benchmark: copies of the real city files under new names, slugs
// and codes, so the fixture has the same shape and the same weight of facts as the real content.
// They are written only into a throwaway copy of the project under bench/tmp/, never into content/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';

const letters = (n) => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(97 + ((i - 1) % 26)) + s;
  return s;
};

/**
 * Writes (factor - 1) copies of every city file in `citiesDir`, so the folder holds `factor` times
 * as many cities. Slugs, pinyin and codes stay unique and pass the content check.
 * @returns the number of cities written
 */
export function addSyntheticCities(citiesDir, factor) {
  const files = readdirSync(citiesDir).filter((f) => f.endsWith('.md')).sort();
  const templates = files.map((file) => {
    const text = readFileSync(join(citiesDir, file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
    return { front: load(front), body };
  });
  const usedCodes = new Set(templates.map((t) => t.front.code));
  const usedSlugs = new Set(files.map((f) => f.slice(0, -3)));
  let written = 0;
  for (let copy = 1; copy < factor; copy++) {
    for (const { front, body } of templates) {
      let pinyin = `${front.pinyin}x${letters(copy)}`;
      while (usedSlugs.has(pinyin)) pinyin += 'x';
      usedSlugs.add(pinyin);
      // Real codes end in 00 (prefecture) or are county codes; the serial keeps the province prefix.
      let serial = 1;
      let code;
      do code = `${front.code.slice(0, 2)}${String(serial++).padStart(4, '0')}`;
      while (usedCodes.has(code) || code.endsWith('00'));
      usedCodes.add(code);
      const city = { ...front, name: `${front.name}${copy + 1}`.slice(0, 12), fullName: `${front.fullName}${copy + 1}`.slice(0, 20), code, pinyin, aliases: [] };
      delete city.capital;
      writeFileSync(join(citiesDir, `${pinyin}.md`), `---\n${dump(city, { lineWidth: -1 })}---\n${body}`);
      written++;
    }
  }
  return written;
}
