/** Reads content files from disk the way Astro's glob loader does (Node only, for scripts and tests). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, mergeTag, timestampTag } from 'js-yaml';
import type { ContentFile, ContentFiles } from './content-check.ts';
import { collectionNames } from '../schemas/index.ts';

// Astro reads frontmatter with js-yaml 4, whose default schema turns an unquoted 2024-01-01 into
// a Date; js-yaml 5's default keeps it a string. Without the timestamp tag an unquoted date would
// pass this check and then fail inside Astro's build with an English message.
const astroLikeSchema = CORE_SCHEMA.withTags(timestampTag, mergeTag);

const frontmatterRE = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---/;

/** Parses one file's frontmatter with js-yaml, as Astro does, so what passes here passes there. */
export function readContentFile(absPath: string, root: string): ContentFile {
  const path = relative(root, absPath).split('\\').join('/');
  const id = basename(absPath, extname(absPath));
  const match = frontmatterRE.exec(readFileSync(absPath, 'utf8'));
  if (!match) return { path, id, data: undefined, parseError: '文件开头缺少 --- 包起来的字段区' };
  try {
    return { path, id, data: loadYaml(match[1] ?? '', { schema: astroLikeSchema }) ?? {} };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { path, id, data: undefined, parseError: reason ?? '' };
  }
}

/** Every Markdown/MDX file of every collection under `<root>/<contentDir>/<collection>/`. */
export function readContent(root: string, contentDir = 'content'): ContentFiles {
  const files = {} as ContentFiles;
  for (const name of collectionNames) {
    const dir = join(root, contentDir, name);
    files[name] = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.mdx?$/.test(f))
          .sort()
          .map((f) => readContentFile(join(dir, f), root))
      : [];
  }
  return files;
}
