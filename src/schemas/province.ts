import { z } from 'astro/zod';
import { ruleGroups } from './rules.ts';
import { expected, text } from './shared.ts';

/** 一个省级行政区的医保规定（content/provinces/<slug>.md）。 */
export const provinceSchema = z.strictObject({
  /** 全称，如“浙江省”。 */
  name: text(20),
  /** 简称，如“浙江”。 */
  shortName: text(10),
  /** GB/T 2260 代码，如 "330000"。 */
  code: z.string({ error: expected('加引号的 6 位代码') }).regex(/^\d{2}0000$/, { error: expected('以 0000 结尾的 6 位省级代码') }),
  kind: z.enum(['province', 'municipality', 'autonomous-region'], { error: expected(' province、municipality、autonomous-region 之一') }),
  ...ruleGroups,
  /** 某组规定缺失的原因，如“省内各市自定”。 */
  unverified: text(200).optional(),
});
export type Province = z.infer<typeof provinceSchema>;
