// Builds the Pagefind index over dist/ with Pagefind's Node API. Fails the build on any Pagefind
// error or when no page was indexed: an integration that only logs would ship a site without search.
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const fail = (what: string, errors: readonly string[]) => {
  console.error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index || errors.length) fail('createIndex', errors);
const added = await index!.addDirectory({ path: site });
if (added.errors.length) fail('addDirectory', added.errors);
if (added.page_count === 0) fail('indexing', [`no page under ${site}/ was indexed`]);
const written = await index!.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();
console.log(`Pagefind: indexed ${added.page_count} pages.`);
