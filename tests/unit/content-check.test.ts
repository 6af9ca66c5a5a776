import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, stalestFacts, type ContentFiles } from '../../src/lib/content-check.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { buildDate } from '../../src/lib/dates.ts';

const repo = resolve(import.meta.dirname, '../..');
const goodRoot = join(repo, 'tests/fixtures/good-content');
const badRoot = join(repo, 'tests/fixtures/bad-content');
const today = '2026-11-22';

/** The good tree with one bad case laid over it: same path replaces, a new path is added. */
function withCase(name: string): ContentFiles {
  const good = readContent(goodRoot);
  const bad = readContent(join(badRoot, name));
  return Object.fromEntries(
    Object.entries(good).map(([collection, list]) => {
      const over = bad[collection as keyof ContentFiles];
      return [collection, [...list.filter((f) => !over.some((o) => o.path === f.path)), ...over]];
    }),
  ) as ContentFiles;
}

// Each bad fixture (tests/fixtures/bad-content/<case>/) and the one line an editor sees for it.
const cases: [name: string, line: string][] = [
  ['chinese-numerals', 'content/cities/hangzhou.md: retirement.menYears: 应为 0-40 的数字，实际是 "三十"'],
  ['years-out-of-range', 'content/cities/hangzhou.md: retirement.womenYears: 应为 0-40 的数字，实际是 45'],
  ['percent-as-text', 'content/cities/hangzhou.md: monthlyCredit.employeePercentOfBase: 应为 0-12 的百分数（只写数字），实际是 "2%"'],
  ['order-not-whole-number', 'content/guides/balance.mdx: order: 应为数字顺序，实际是 1.5'],
  ['unknown-province', 'content/cities/hangzhou.md: province: 找不到省份 “zhejaing”（content/provinces/ 下没有 zhejaing.md）'],
  ['unknown-channel', 'content/cities/hangzhou.md: channels[0].channel: 应为查询渠道之一：app、wechat、alipay、hotline、window、kiosk、pharmacy、bank，实际是 "weixin"'],
  ['unknown-guide-topic', 'content/guides/balance.mdx: topic: 应为专题之一：balance、withdrawal、retirement、monthly-credit、transfer、family-sharing、scams，实际是 "money"'],
  ['unknown-withdrawal-condition', 'content/national/cn.md: withdrawal.conditions[0].id: 应为情形代号之一：death、emigration、transfer-unaccepted、resettled-elsewhere、enlistment、stop-insurance、other，实际是 "divorce"'],
  ['malformed-area-code', 'content/cities/hangzhou.md: areaCode: 应为以 0 开头的 3 或 4 位区号，如 "0571"，实际是 "571"'],
  ['unquoted-area-code', 'content/cities/hangzhou.md: areaCode: 应为加引号的长途区号，如 "0571"，实际是 571'],
  ['malformed-phone', 'content/cities/hangzhou.md: hotlines[0].number: 应为电话号码，如 "0571-12393"、"12393"（区号与号码之间用一个短横线），实际是 "0571 12393"'],
  ['duplicate-slug-md-mdx', 'content/guides/balance.md: 标识 “balance” 与 content/guides/balance.mdx 重复，网址会冲突；请改其中一个文件名'],
  ['duplicate-city-code', 'content/cities/ningbo.md: code: 行政区划代码 330100 与 content/cities/hangzhou.md 重复'],
  ['source-without-url', 'content/cities/hangzhou.md: hotlines[0].sources[0].url: 缺少必填项，应为以 http(s):// 开头的网址'],
  ['source-without-grade', 'content/cities/hangzhou.md: hotlines[0].sources[0].grade: 缺少必填项，应为 A、B、C 三者之一的来源等级'],
  ['grade-not-abc', 'content/cities/hangzhou.md: hotlines[0].sources[0].grade: 应为 A、B、C 三者之一的来源等级，实际是 "D"'],
  ['a-grade-not-official', 'content/cities/hangzhou.md: hotlines[0].sources[0].grade: A 级来源须是政府网站（gov.cn）或写明文号（docNumber）的正式文件，实际网址是 www.163.com'],
  ['checked-in-future', 'content/cities/hangzhou.md: retirement.checkedAt: 日期 2027-05-01 在今天（2026-11-22）之后，核实日期不能写未来'],
  ['effective-dates-out-of-order', 'content/cities/hangzhou.md: retirement.schedule[0].from: 生效日期顺序不对：2019-01-01 应晚于前一步的 2020-01-01'],
  ['unquoted-date', 'content/cities/hangzhou.md: retirement.effectiveFrom: 应为 "YYYY-MM-DD" 格式、加引号的真实日期，实际是 2020-01-01（没加引号，被读成了日期对象）'],
  ['impossible-date', 'content/cities/hangzhou.md: retirement.effectiveFrom: 应为 "YYYY-MM-DD" 格式、加引号的真实日期，实际是 "2020-02-30"'],
  ['empty-steps', 'content/channels/wechat.md: steps: 步骤不能为空，至少写一步'],
  ['summary-too-short', 'content/channels/wechat.md: summary: 摘要太短，至少 10 个字'],
  ['c-only-settled', 'content/cities/hangzhou.md: monthlyCredit.confidence: 只有 C 级（非官方）来源的事实不能标为 settled（已核实）'],
  ['unknown-field-typo', 'content/cities/hangzhou.md: retirement.mneYears: 字段名拼错了，应为 “menYears”'],
  ['missing-required-field', 'content/cities/hangzhou.md: fullName: 缺少必填项，应为一段文字'],
  ['retiree-band-without-amount', 'content/cities/hangzhou.md: monthlyCredit.retiree[0]: 每个年龄段要写 yuanPerMonth（元）或 percentOfAveragePension（百分比）之一'],
  ['broken-yaml', 'content/cities/hangzhou.md: 第 3 行: 文件开头的字段写错了，无法读取（常见原因：引号没配对、缩进不齐、冒号后少了空格）。原始提示：deficient indentation (2:1)'],
];

describe('the content check', () => {
  test('passes the good fixture tree', () => {
    expect(checkContent(readContent(goodRoot), today)).toEqual([]);
  });

  test('passes the real content in content/', () => {
    expect(checkContent(readContent(repo), buildDate())).toEqual([]);
  });

  test.each(cases)('rejects the %s fixture with exactly one line naming the file, the field and what is wrong', (name, line) => {
    expect(checkContent(withCase(name), today)).toEqual([line]);
  });

  test('rejects a file name that is not lowercase pinyin, saying which name it should have', () => {
    const lines = checkContent(withCase('file-name-not-pinyin'), today);
    expect(lines).toContain('content/cities/Hangzhou.md: 文件名 “Hangzhou” 只能用小写拼音字母和短横线，它会成为网址');
    expect(lines).toContain('content/cities/Hangzhou.md: 文件名应为拼音 “hangzhou.md”，与别的城市重名时为 “hangzhou-zhejiang.md”');
    expect(lines.every((l) => l.startsWith('content/cities/Hangzhou.md: '))).toBe(true);
  });

  test('has a fixture for every case above, and at least 20 of them', async () => {
    const { readdirSync } = await import('node:fs');
    const onDisk = readdirSync(badRoot).sort();
    expect(onDisk).toEqual([...cases.map(([name]) => name), 'file-name-not-pinyin'].sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(20);
  });
});

describe('scripts/validate-content.ts over a tree with several bad files', () => {
  test('exits 1 and names every bad file, not just the first', () => {
    const tree = mkdtempSync(join(tmpdir(), 'bad-content-'));
    try {
      cpSync(goodRoot, tree, { recursive: true });
      const several = ['unknown-province', 'empty-steps', 'unknown-guide-topic', 'unknown-withdrawal-condition', 'duplicate-city-code'];
      for (const name of several) cpSync(join(badRoot, name), tree, { recursive: true });
      const run = spawnSync(process.execPath, [join(repo, 'scripts/validate-content.ts'), tree], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: today } });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('内容检查未通过：5 个文件有问题（共 5 处）');
      for (const name of several) {
        const [, line] = cases.find(([n]) => n === name)!;
        expect(run.stderr).toContain(line);
      }
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  test('prints the stalest facts when the content is good', () => {
    const run = spawnSync(process.execPath, [join(repo, 'scripts/validate-content.ts'), goodRoot], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: '2028-01-01' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('最久没有核实的 10 条事实');
    expect(run.stdout).toMatch(/2026-10-01 {2}content\/\S+: \S*checkedAt {2}⚠ 超过一年/);
  });
});

describe('stalestFacts', () => {
  test('lists the facts checked longest ago first, with file and field', () => {
    const files = readContent(goodRoot);
    const city = files.cities[0]!;
    city.data = { ...(city.data as object), retirement: { ...(city.data as { retirement: object }).retirement, checkedAt: '2023-03-01' } };
    const stalest = stalestFacts(files, 3);
    expect(stalest[0]).toEqual({ path: 'content/cities/hangzhou.md', field: 'retirement.checkedAt', checkedAt: '2023-03-01' });
    expect(stalest).toHaveLength(3);
    expect(stalest[1]!.checkedAt >= stalest[0]!.checkedAt).toBe(true);
  });
});
