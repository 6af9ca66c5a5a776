/**
 * Checks every content file before Astro sees it, and says what is wrong in words an editor
 * understands, one line per problem: `content/cities/hangzhou.md: retirement.menYears: 应为 0-40 的数字，实际是 "三十"`.
 * Astro's own validation stops at the first bad file; this names every bad file at once.
 */
import type { z } from 'astro/zod';
import { channelIds } from '../schemas/shared.ts';
import { schemas, type CollectionName } from '../schemas/index.ts';

export interface ContentFile {
  /** Path as the editor sees it, e.g. `content/cities/hangzhou.md`. */
  path: string;
  /** The entry id: the file name without its extension. */
  id: string;
  /** Parsed frontmatter (or a parse error message). */
  data: unknown;
  parseError?: string;
}

export type ContentFiles = Record<CollectionName, ContentFile[]>;

const fieldNames: Record<string, string> = {};

/** Turns a zod path into `retirement.schedule[1].from`. */
export function pathLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** One Chinese line for one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `不认识的字段 ${issue.keys.map((k) => `“${k}”`).join('、')}（是不是拼错了？可用的字段见 docs/content-guide.md）`;
  }
  if (issue.code === 'invalid_union' || issue.message.startsWith('Invalid input')) return '格式不对，请对照 docs/content-guide.md';
  return issue.message;
}

/** Validates one file against its collection schema; returns error lines. */
export function checkFile(collection: CollectionName, file: ContentFile): string[] {
  if (file.parseError) return [`${file.path}: 文件开头的 YAML 写错了，无法读取：${file.parseError}`];
  const result = schemas[collection].safeParse(file.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const where = pathLabel(issue.path);
    return `${file.path}: ${where ? `${fieldNames[where] ?? where}: ` : ''}${describeIssue(issue)}`;
  });
}

/** Every `checkedAt` and source `date` in a tree, with its path. */
function* datesIn(value: unknown, path: string[] = []): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* datesIn(v, [...path.slice(0, -1), `${path.at(-1) ?? ''}[${i}]`]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'checkedAt' || (k === 'date' && path.at(-1)?.startsWith('sources'))) && typeof v === 'string') yield [[...path, k].join('.'), v];
      else yield* datesIn(v, [...path, k]);
    }
  }
}

const slugPattern = /^[a-z]+(?:-[a-z]+)*$/;

/** Rules that span files: references, slugs, dates in the future. */
export function checkAcrossFiles(files: ContentFiles, today: string): string[] {
  const errors: string[] = [];
  const provinceIds = new Set(files.provinces.map((f) => f.id));
  const channelFileIds = new Set(files.channels.map((f) => f.id));

  for (const [collection, list] of Object.entries(files) as [CollectionName, ContentFile[]][]) {
    const seen = new Map<string, string>();
    for (const file of list) {
      const other = seen.get(file.id);
      if (other) errors.push(`${file.path}: 标识 “${file.id}” 与 ${other} 重复，网址会冲突；请改其中一个文件名`);
      seen.set(file.id, file.path);
      if (collection !== 'updates' && !slugPattern.test(file.id)) {
        errors.push(`${file.path}: 文件名 “${file.id}” 只能用小写拼音字母和短横线，它会成为网址`);
      }
      for (const [where, day] of datesIn(file.data)) {
        if (day > today) errors.push(`${file.path}: ${where}: 日期 ${day} 在今天（${today}）之后，核实日期不能写未来`);
      }
    }
  }

  for (const id of channelIds) {
    if (!channelFileIds.has(id)) errors.push(`content/channels/${id}.md: 缺少这个渠道的说明文件`);
  }

  const byCode = new Map<string, string>();
  const byPinyin = new Map<string, ContentFile[]>();
  for (const file of files.cities) {
    const city = file.data as { province?: unknown; code?: unknown; pinyin?: unknown } | null;
    if (!city || typeof city !== 'object') continue;
    if (typeof city.province === 'string' && !provinceIds.has(city.province)) {
      errors.push(`${file.path}: province: 找不到省份 “${city.province}”（content/provinces/ 下没有 ${city.province}.md）`);
    }
    if (typeof city.code === 'string') {
      const other = byCode.get(city.code);
      if (other) errors.push(`${file.path}: code: 行政区划代码 ${city.code} 与 ${other} 重复`);
      byCode.set(city.code, file.path);
    }
    if (typeof city.pinyin === 'string') {
      byPinyin.set(city.pinyin, [...(byPinyin.get(city.pinyin) ?? []), file]);
      const allowed = [city.pinyin, `${city.pinyin}-${String(city.province)}`];
      if (!allowed.includes(file.id)) {
        errors.push(`${file.path}: 文件名应为拼音 “${city.pinyin}.md”，与别的城市重名时为 “${allowed[1]}.md”`);
      }
    }
  }
  for (const [pinyin, same] of byPinyin) {
    if (same.length > 1 && !same.some((f) => f.id === pinyin)) {
      errors.push(`${same.map((f) => f.path).join('、')}: 拼音都是 “${pinyin}”，其中一个（省会或代码较小者）应直接用 ${pinyin}.md`);
    }
  }
  return errors;
}

/** All problems in all files: per-file schema errors first, then cross-file rules. */
export function checkContent(files: ContentFiles, today: string): string[] {
  const perFile = (Object.entries(files) as [CollectionName, ContentFile[]][]).flatMap(([collection, list]) =>
    list.flatMap((file) => checkFile(collection, file)),
  );
  return [...perFile, ...checkAcrossFiles(files, today)];
}
