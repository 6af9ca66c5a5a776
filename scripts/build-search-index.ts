// Builds the Pagefind index over dist/ with Pagefind's Node API. Fails the build on any Pagefind
// error or when no page was indexed: an integration that only logs would ship a site without search.
// Only pages whose <main> carries data-pagefind-body (see src/lib/search-meta.ts) are indexed.
import * as pagefind from 'pagefind';
import { readFileSync, rmSync } from 'node:fs';

const site = process.argv[2] ?? 'dist';
const fail = (what: string, errors: readonly string[]) => {
  console.error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index || errors.length) fail('createIndex', errors);
const added = await index!.addDirectory({ path: site });
if (added.errors.length) fail('addDirectory', added.errors);
const written = await index!.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();

// addDirectory counts every HTML file it read; the entry file says how many pages are searchable.
const entry = JSON.parse(readFileSync(`${site}/pagefind/pagefind-entry.json`, 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
if (indexed === 0) fail('indexing', [`no page under ${site}/ was indexed (is data-pagefind-body on the layouts?)`]);
if (Object.keys(entry.languages).join() !== 'zh-cn') fail('indexing', [`expected one zh-cn index, got ${Object.keys(entry.languages).join(', ')}`]);

// The site uses Pagefind's JS API with its own UI; the prebuilt UIs would only be dead weight.
for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
  rmSync(`${site}/pagefind/${file}`, { force: true });
}
console.log(`Pagefind: ${indexed} searchable pages (of ${added.page_count} HTML files).`);
