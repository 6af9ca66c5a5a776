import { z } from 'astro/zod';

/** Shows a value the way an editor typed it, for error messages. */
export function shown(value: unknown): string {
  if (value instanceof Date) return `${value.toISOString().slice(0, 10)}（没加引号，被读成了日期对象）`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return '空值 null';
  if (Array.isArray(value)) return '一个列表';
  if (typeof value === 'object') return '一组字段';
  return String(value);
}

/**
 * Builds a zod error callback whose message says what was expected and what was found,
 * in words a content editor understands: `应为 0-40 的数字，实际是 "三十"`.
 */
export const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `缺少必填项，应为${what}` : `应为${what}，实际是 ${shown(issue.input)}`;

/** A calendar day written as a quoted ISO string. `z.coerce.date()` would turn 2月30日 into 3月2日. */
export const isoDay = z.iso.date({ error: expected(' "YYYY-MM-DD" 格式、加引号的真实日期') });

/** A non-empty line of Chinese text. */
export const text = (max = 400) =>
  z
    .string({ error: expected('一段文字') })
    .trim()
    .min(1, { error: '不能为空' })
    .max(max, { error: `太长了，最多 ${max} 个字` });

/** Source grade: A official site or named document with 文号; B media quoting an official; C anything else. */
export const grade = z.enum(['A', 'B', 'C'], { error: expected(' A、B、C 三者之一的来源等级') });

const officialHost = /(^|\.)gov\.cn$|(^|\.)nhsa\.gov\.cn$/;

/** Where a fact comes from. */
export const source = z
  .strictObject({
    /** 来源网址，必填。 */
    url: z.url({ error: expected('以 http(s):// 开头的网址') }),
    /** 来源标题，按原文写。 */
    title: text(120),
    /** 发布单位，如“杭州市医疗保障局”。 */
    publisher: text(60),
    /** 来源上印的日期。 */
    date: isoDay.optional(),
    /** 文件的文号，如“国办发〔2021〕14号”。 */
    docNumber: text(60).optional(),
    /**
     * 转载：我们读到的不是发布单位自己的网页，而是别的网站转载的全文或原文摘录，这里写那个网站的名字，
     * 如“sz12333.net.cn（转载）”。读者据此知道网址不是官方网站。
     */
    via: text(60).optional(),
    /** A / B / C。 */
    grade,
  })
  .superRefine((s, ctx) => {
    if (s.grade !== 'A') return;
    let host = '';
    try {
      host = new URL(s.url).hostname;
    } catch {
      return;
    }
    if (!officialHost.test(host) && !s.docNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['grade'],
        message: `A 级来源须是政府网站（gov.cn）或写明文号（docNumber）的正式文件，实际网址是 ${host}`,
      });
    }
  });
export type Source = z.infer<typeof source>;

/** One claim among several that disagree. */
export const conflictClaim = z.strictObject({
  /** 这个来源说了什么。 */
  text: text(200),
  source,
});

/** Sources that disagree on one point, and which one the page relies on. */
export const conflict = z
  .strictObject({
    /** 分歧在哪一点上。 */
    about: text(80),
    claims: z.array(conflictClaim).min(2, { error: '说法不一时至少要列出两个说法' }),
    /** 本页采用第几条说法（从 0 数起）。 */
    reliedOn: z.number({ error: expected('说法的序号（从 0 数起）') }).int().min(0),
    /** 为什么采用这一条。 */
    why: text(200),
  })
  .refine((c) => c.reliedOn < c.claims.length, { error: '采用的说法序号超出了列出的说法个数', path: ['reliedOn'] });
export type Conflict = z.infer<typeof conflict>;

/** Fields every group of facts carries: where it comes from and when we checked. */
export const provenance = {
  sources: z.array(source, { error: expected('来源列表') }).min(1, { error: '至少需要一个来源' }),
  /** 我们核实来源的日期。 */
  checkedAt: isoDay,
  /** 补充说明。 */
  note: text(400).optional(),
  conflicts: z.array(conflict).optional(),
  /** settled：已核实；unverified：待核实。仅有 C 级来源时不能写 settled。 */
  confidence: z.enum(['settled', 'unverified'], { error: expected(' settled 或 unverified') }).optional(),
};

/** Rejects a fact marked as settled whose every source is grade C. */
export function refineNotSettledOnCOnly(
  fact: { sources: Source[]; confidence?: 'settled' | 'unverified' | undefined },
  ctx: z.RefinementCtx,
): void {
  if (fact.confidence === 'settled' && fact.sources.every((s) => s.grade === 'C')) {
    ctx.addIssue({ code: 'custom', path: ['confidence'], message: '只有 C 级（非官方）来源的事实不能标为 settled（已核实）' });
  }
}

/** A 长途区号: 010, 021, 0571, 0512 ... */
export const areaCode = z
  .string({ error: expected('加引号的长途区号，如 "0571"') })
  .regex(/^0\d{2,3}$/, { error: expected('以 0 开头的 3 或 4 位区号，如 "0571"') });

/** A phone number as dialled: "0571-12393", "12393", "0571-85150000", "400-123-4567". */
export const phone = z
  .string({ error: expected('加引号的电话号码') })
  .regex(/^(?:(?:0\d{2,3}-)?\d{5,8}|[48]00-?\d{3}-?\d{4})$/, {
    error: expected('电话号码，如 "0571-12393"、"12393"（区号与号码之间用一个短横线）'),
  });

/** An ASCII slug: lowercase pinyin, optionally with a "-province" suffix for clashes. */
export const slug = z
  .string({ error: expected('小写拼音标识') })
  .regex(/^[a-z]+(?:-[a-z]+)*$/, { error: expected('小写拼音字母，可用短横线连接，如 "hangzhou"') });

/** Channel ids used in URLs: /channels/<id>/ and /cities/<slug>/balance/<id>/. */
export const channelIds = ['app', 'wechat', 'alipay', 'hotline', 'window', 'kiosk', 'pharmacy', 'bank'] as const;
export const channelId = z.enum(channelIds, { error: expected(`查询渠道之一：${channelIds.join('、')}`) });
export type ChannelId = z.infer<typeof channelId>;
