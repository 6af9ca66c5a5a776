import { z } from 'astro/zod';
import { ruleGroups } from './rules.ts';
import { areaCode, channelId, expected, isoDay, phone, provenance, slug, text } from './shared.ts';

/** 一个电话号码及其来源。 */
export const hotline = z.strictObject({
  /** 如 "0571-12393"。 */
  number: phone,
  /** 如“杭州市医保服务热线”。 */
  name: text(40),
  ...provenance,
});
export type Hotline = z.infer<typeof hotline>;

/** 本市一个具体的查询入口。 */
export const cityChannel = z.strictObject({
  channel: channelId,
  /** 读者在手机或门口看到的名字，如“浙里办”。 */
  name: text(40),
  /** 怎么走：菜单路径，用自己的话写。 */
  how: text(400).optional(),
  url: z.url({ error: expected('以 http(s):// 开头的网址') }).optional(),
  needsSmartphone: z.boolean({ error: expected(' true 或 false') }).optional(),
  needsPassword: z.boolean({ error: expected(' true 或 false') }).optional(),
  hours: text(60).optional(),
  ...provenance,
});
export type CityChannel = z.infer<typeof cityChannel>;

export const cityKinds = ['municipality', 'prefecture', 'autonomous-prefecture', 'region', 'league', 'county-level'] as const;

/** 一个城市（统筹区）的医保事实（content/cities/<slug>.md）。文件名即网址中的标识。 */
export const citySchema = z.strictObject({
  /** 简称，如“杭州”“延边”。 */
  name: text(12),
  /** 全称，如“杭州市”“延边朝鲜族自治州”。 */
  fullName: text(20),
  /** 所属省份的标识，如 "zhejiang"。 */
  province: slug,
  /** GB/T 2260 代码。 */
  code: z.string({ error: expected('加引号的 6 位代码') }).regex(/^\d{6}$/, { error: expected(' 6 位数字代码') }),
  areaCode,
  /** 全拼，小写，不带空格，如 "hangzhou"。 */
  pinyin: z.string({ error: expected('小写全拼') }).regex(/^[a-z]+$/, { error: expected('小写全拼字母，不带空格和声调') }),
  kind: z.enum(cityKinds, { error: expected(`${cityKinds.join('、')} 之一`) }),
  /** 是否省会（首府）。 */
  capital: z.boolean().optional(),
  /** 别名、旧名，如“襄樊”。 */
  aliases: z.array(text(20)).default([]),
  hotlines: z.array(hotline).default([]),
  channels: z.array(cityChannel).default([]),
  ...ruleGroups,
  /** 由生成脚本写入的日期。 */
  generatedAt: isoDay.optional(),
});
export type City = z.infer<typeof citySchema>;
