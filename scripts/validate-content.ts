// Checks every content file before the build; prints every problem in every file, then exits 1.
// When all is well, prints the facts checked longest ago, so someone re-checks them next.
//   node scripts/validate-content.ts [root]   (BUILD_DATE=YYYY-MM-DD pins "today")
import { checkContent, stalestFacts } from '../src/lib/content-check.ts';
import { readContent } from '../src/lib/content-files.ts';
import { buildDate, isStale } from '../src/lib/dates.ts';

const root = process.argv[2] ?? process.cwd();
const files = readContent(root);
const today = buildDate();
const errors = checkContent(files, today);
const count = Object.values(files).reduce((n, list) => n + list.length, 0);
if (errors.length) {
  const bad = new Set(errors.map((e) => e.split(':')[0]));
  console.error(`内容检查未通过：${bad.size} 个文件有问题（共 ${errors.length} 处）。请逐条修改后再构建。\n`);
  for (const line of errors) console.error(line);
  process.exit(1);
}
console.log(`内容检查通过：${count} 个文件。`);
const stalest = stalestFacts(files, 10);
if (stalest.length) {
  console.log('\n最久没有核实的 10 条事实（请优先复核）：');
  for (const f of stalest) console.log(`  ${f.checkedAt}  ${f.path}: ${f.field}${isStale(f.checkedAt, today) ? '  ⚠ 超过一年' : ''}`);
}
