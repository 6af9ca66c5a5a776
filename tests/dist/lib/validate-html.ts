/** html-validate with the project's .htmlvalidate.json, as one line per problem: `page:line:col message (rule)`. */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());

export async function validateHtmlFiles(root: string, files: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(root, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
    }
  }
  return problems;
}
