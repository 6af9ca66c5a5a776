// Checks every content file before the build; prints every problem in every file, then exits 1.
import { checkContent } from '../src/lib/content-check.ts';
import { readContent } from '../src/lib/content-files.ts';
import { buildDate } from '../src/lib/dates.ts';

const root = process.argv[2] ?? process.cwd();
const files = readContent(root);
const errors = checkContent(files, buildDate());
const count = Object.values(files).reduce((n, list) => n + list.length, 0);
if (errors.length) {
  const bad = new Set(errors.map((e) => e.split(':')[0]));
  console.error(`内容检查未通过：${bad.size} 个文件有问题（共 ${errors.length} 处）。请逐条修改后再构建。\n`);
  for (const line of errors) console.error(line);
  process.exit(1);
}
console.log(`内容检查通过：${count} 个文件。`);
