import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { checkFile } from '../../src/lib/content-check.ts';
import { readContentFile } from '../../src/lib/content-files.ts';
import { areaCode, isoDay, phone, source } from '../../src/schemas/shared.ts';
import { retireeBand, retirementRule } from '../../src/schemas/rules.ts';
import { citySchema } from '../../src/schemas/city.ts';
import { resolve } from 'node:path';

const goodRoot = resolve(import.meta.dirname, '../fixtures/good-content');
const goodCity = readContentFile(resolve(goodRoot, 'content/cities/hangzhou.md'), goodRoot);

/** `path: message` for each issue, the way the content check prints them. */
const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const officialSource = { url: 'https://ybj.hangzhou.gov.cn/a.html', title: '杭州市基本医疗保险办法', publisher: '杭州市医疗保障局', grade: 'A' };
const rule = { menYears: 20, womenYears: 20, sources: [officialSource], checkedAt: '2026-10-01' };

describe('source schema', () => {
  test('accepts an official source and a non-government A source that names its 文号', () => {
    expect(issues(source, officialSource)).toEqual([]);
    expect(issues(source, { ...officialSource, url: 'https://www.163.com/a.html', docNumber: '杭医保〔2024〕1号' })).toEqual([]);
  });

  test('rejects an A grade on a non-government site without a 文号', () => {
    expect(issues(source, { ...officialSource, url: 'https://www.163.com/a.html' })).toEqual(['grade: A 级来源须是政府网站（gov.cn）或写明文号（docNumber）的正式文件，实际网址是 www.163.com']);
  });

  test('does not take a look-alike host such as notgov.cn.example.com for gov.cn', () => {
    expect(issues(source, { ...officialSource, url: 'https://gov.cn.example.com/a.html' })).toHaveLength(1);
  });

  test('rejects a missing URL, a missing grade and a grade outside A/B/C', () => {
    const { url: _url, ...noUrl } = officialSource;
    expect(issues(source, noUrl)).toEqual(['url: 缺少必填项，应为以 http(s):// 开头的网址']);
    const { grade: _grade, ...noGrade } = officialSource;
    expect(issues(source, noGrade)).toEqual(['grade: 缺少必填项，应为 A、B、C 三者之一的来源等级']);
    expect(issues(source, { ...officialSource, grade: 'a' })).toEqual(['grade: 应为 A、B、C 三者之一的来源等级，实际是 "a"']);
  });
});

describe('phone numbers and area codes', () => {
  test.each(['0571-12393', '12393', '010-12393', '0571-85150000', '400-123-4567', '4001234567'])('accepts the phone number %s', (n) => {
    expect(issues(phone, n)).toEqual([]);
  });
  test.each(['0571 12393', '057112393-', '(0571)12393', '0571—12393', '12393转1'])('rejects the phone number %s', (n) => {
    expect(issues(phone, n)[0]).toContain('应为电话号码');
  });
  test.each(['010', '0571', '0512'])('accepts the area code %s', (c) => expect(issues(areaCode, c)).toEqual([]));
  test.each(['571', '05710', '1571', '0x71'])('rejects the area code %s', (c) => expect(issues(areaCode, c)[0]).toContain('以 0 开头的 3 或 4 位区号'));
});

describe('dates', () => {
  test('rejects a day that does not exist rather than rolling it over into the next month', () => {
    expect(issues(isoDay, '2025-02-29')).toHaveLength(1);
    expect(issues(isoDay, '2024-02-29')).toEqual([]);
  });
  test('rejects a date that YAML read as a date object because it was not quoted', () => {
    expect(issues(isoDay, new Date('2025-01-01'))).toEqual([': 应为 "YYYY-MM-DD" 格式、加引号的真实日期，实际是 2025-01-01（没加引号，被读成了日期对象）']);
  });
});

describe('retirement rule', () => {
  test('rejects years written in Chinese numerals and years beyond 40', () => {
    expect(issues(retirementRule, { ...rule, menYears: '二十' })).toEqual(['menYears: 应为 0-40 的数字，实际是 "二十"']);
    expect(issues(retirementRule, { ...rule, womenYears: 41 })).toEqual(['womenYears: 应为 0-40 的数字，实际是 41']);
  });
  test('accepts null for years no source gives', () => {
    expect(issues(retirementRule, { ...rule, menYears: null, womenYears: null })).toEqual([]);
  });
  test('rejects schedule steps whose dates are not in order', () => {
    const schedule = [{ from: '2026-01-01', menYears: 21, womenYears: 21 }, { from: '2025-01-01', menYears: 22, womenYears: 22 }];
    expect(issues(retirementRule, { ...rule, effectiveFrom: '2020-01-01', schedule })).toEqual(['schedule.1.from: 生效日期顺序不对：2025-01-01 应晚于前一步的 2026-01-01']);
  });
  test('rejects a fact marked settled whose only sources are grade C', () => {
    expect(issues(retirementRule, { ...rule, confidence: 'settled', sources: [{ ...officialSource, url: 'https://zhihu.com/q', grade: 'C' }] })).toEqual([
      'confidence: 只有 C 级（非官方）来源的事实不能标为 settled（已核实）',
    ]);
  });
  test('rejects a fact without any source', () => {
    expect(issues(retirementRule, { ...rule, sources: [] })).toEqual(['sources: 至少需要一个来源']);
  });
});

describe('retiree bands', () => {
  test('rejects a band with neither an amount nor a percentage, and one whose ages are reversed', () => {
    expect(issues(retireeBand, { minAge: 70 })).toEqual([': 每个年龄段要写 yuanPerMonth（元）或 percentOfAveragePension（百分比）之一']);
    expect(issues(retireeBand, { minAge: 80, maxAge: 70, yuanPerMonth: 100 })).toEqual(['minAge: 年龄段的起始年龄大于结束年龄']);
  });
});

describe('city schema', () => {
  test('accepts the good fixture city', () => {
    expect(checkFile('cities', goodCity)).toEqual([]);
  });
  test('rejects an unknown field instead of dropping it silently', () => {
    expect(issues(citySchema, { ...(goodCity.data as object), hotline: '0571-12393' })).toEqual([': Unrecognized key: "hotline"']);
    expect(checkFile('cities', { ...goodCity, data: { ...(goodCity.data as object), hotline: '0571-12393' } })).toEqual([
      'content/cities/hangzhou.md: hotline: 不认识这个字段（是不是拼错了？可用的字段见 docs/content-guide.md）',
    ]);
  });
  test('rejects a city code that is not six quoted digits', () => {
    expect(checkFile('cities', { ...goodCity, data: { ...(goodCity.data as object), code: 330100 } })).toEqual([
      'content/cities/hangzhou.md: code: 应为加引号的 6 位代码，实际是 330100',
    ]);
  });
});
