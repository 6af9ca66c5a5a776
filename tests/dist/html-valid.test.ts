import { describe, expect, test } from 'vitest';
import { brokenDir, loadSite } from './lib/site.ts';
import { validateHtmlFiles } from './lib/validate-html.ts';

// Every page is validated, not a sample: Astro 7 no longer repairs bad nesting, so one template
// mistake in one rarely-built branch of a layout would otherwise ship. About 15 ms a page.
describe('HTML validity', () => {
  test('every page in dist/ is valid HTML under .htmlvalidate.json', async () => {
    const site = loadSite();
    expect(await validateHtmlFiles(site.root, site.htmlFiles)).toEqual([]);
  }, 600_000);

  test('the validator reports invalid nesting in a broken fixture page', async () => {
    const problems = await validateHtmlFiles(brokenDir, ['bad-nesting/index.html']);
    const at = (line: number) => problems.filter((p) => p.startsWith(`bad-nesting/index.html:${line}:`)).map((p) => p.replace(/^.*\((.+)\)$/, '$1'));
    expect(at(12)).toContain('no-implicit-close'); // <div> inside <p>
    expect(at(13)).toContain('element-permitted-content'); // <a> inside <a>
    expect(at(14)).toContain('element-permitted-parent'); // <li> outside a list
    expect(at(15)).toContain('element-permitted-content'); // <div> directly inside <tr>
  });

  test('the validator passes the good fixture page', async () => {
    expect(await validateHtmlFiles(brokenDir, ['good/index.html'])).toEqual([]);
  });
});
