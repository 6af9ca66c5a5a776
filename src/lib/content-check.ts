/**
 * Checks every content file before Astro sees it, and says what is wrong in words an editor
 * understands, one line per problem: `content/cities/hangzhou.md: retirement.menYears: 应为 0-40 的数字，实际是 "三十"`.
 * Astro's own validation stops at the first bad file; this names every bad file at once.
 */
import type { z } from 'astro/zod';
import { channelIds, shown } from '../schemas/shared.ts';
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

/** Turns a zod path into `retirement.schedule[1].from`. */
export function pathLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

const hasChinese = /[\u4e00-\u9fff]/;
const kindWords: Record<string, string> = { string: '一段文字', number: '数字', boolean: 'true 或 false', array: '一个列表', object: '一组字段', date: '日期' };

/** Zod's own English message, said in Chinese, for the few checks without a message of ours. */
function fallbackMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const want = kindWords[issue.expected] ?? issue.expected;
      return value === undefined ? `缺少必填项，应为${want}` : `应为${want}，实际是 ${shown(value)}`;
    }
    case 'too_small':
      return issue.origin === 'array' ? `至少要写 ${String(issue.minimum)} 项` : issue.origin === 'string' ? `太短了，至少 ${String(issue.minimum)} 个字` : `太小了，不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `最多写 ${String(issue.maximum)} 项` : issue.origin === 'string' ? `太长了，最多 ${String(issue.maximum)} 个字` : `太大了，不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => String(v)).join('、')} 之一`;
    default:
      return '格式不对，请对照 docs/content-guide.md';
  }
}

/** The value at a zod path in parsed frontmatter (zod's final issues do not carry it). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** One Chinese line for one zod issue; `value` is what the editor wrote there. */
export function describeIssue(issue: z.core.$ZodIssue, value?: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `不认识的字段 ${issue.keys.map((k) => `“${k}”`).join('、')}（是不是拼错了？可用的字段见 docs/content-guide.md）`;
  }
  if (issue.code === 'invalid_union' || !hasChinese.test(issue.message)) return fallbackMessage(issue, value);
  return issue.message;
}

/** Edit distance, to guess which field a misspelt one was meant to be. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Validates one file against its collection schema; returns error lines. */
export function checkFile(collection: CollectionName, file: ContentFile): string[] {
  if (file.parseError) {
    // js-yaml ends its message with (line:column) inside the frontmatter; the file has one more line (---) above.
    const at = /\((\d+):\d+\)\s*$/.exec(file.parseError);
    const where = at ? `第 ${Number(at[1]) + 1} 行: ` : '';
    return [`${file.path}: ${where}文件开头的字段写错了，无法读取（常见原因：引号没配对、缩进不齐、冒号后少了空格）。原始提示：${file.parseError}`];
  }
  const result = schemas[collection].safeParse(file.data);
  if (result.success) return [];
  const issues = result.error.issues;
  // A misspelt field shows up twice: as an unknown field, and as the real one missing. Say it once,
  // at the misspelt name, with the name it should have.
  const missing = issues.filter((i) => i.code === 'invalid_type' && valueAt(file.data, i.path) === undefined);
  const explained = new Set<z.core.$ZodIssue>();
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const meant = missing.find((m) => pathLabel(m.path.slice(0, -1)) === pathLabel(issue.path) && distance(String(m.path.at(-1)), key) <= 2);
      const where = pathLabel([...issue.path, key]);
      if (meant) {
        explained.add(meant);
        lines.push(`${file.path}: ${where}: 字段名拼错了，应为 “${String(meant.path.at(-1))}”`);
      } else {
        lines.push(`${file.path}: ${where}: 不认识这个字段（是不是拼错了？可用的字段见 docs/content-guide.md）`);
      }
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || explained.has(issue)) continue;
    const where = pathLabel(issue.path);
    lines.push(`${file.path}: ${where ? `${where}: ` : ''}${describeIssue(issue, valueAt(file.data, issue.path))}`);
  }
  return lines;
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

export interface CheckedFact {
  path: string;
  /** Where in the file, e.g. `retirement.checkedAt` or `hotlines[0].checkedAt`. */
  field: string;
  checkedAt: string;
}

/** The `n` facts checked longest ago, oldest first: the build prints them as a re-check list. */
export function stalestFacts(files: ContentFiles, n = 10): CheckedFact[] {
  const facts: CheckedFact[] = [];
  for (const list of Object.values(files)) {
    for (const file of list) {
      for (const [field, day] of datesIn(file.data)) {
        if (field.endsWith('checkedAt')) facts.push({ path: file.path, field, checkedAt: day });
      }
    }
  }
  return facts.sort((a, b) => a.checkedAt.localeCompare(b.checkedAt) || a.path.localeCompare(b.path) || a.field.localeCompare(b.field)).slice(0, n);
}
