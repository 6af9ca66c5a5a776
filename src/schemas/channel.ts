import { z } from 'astro/zod';
import { expected, provenance, text } from './shared.ts';

/** 一种查询渠道的通用做法（content/channels/<id>.md）。文件名即渠道代号。 */
export const channelSchema = z.strictObject({
  /** 短名，如“手机App”。 */
  name: text(12),
  /** 标题，说清要做的事，最多 40 字。 */
  title: text(40),
  /** 一两句话的摘要，10-120 字。 */
  summary: z.string({ error: expected('一两句话的摘要') }).min(10, { error: '摘要太短，至少 10 个字' }).max(120, { error: '摘要太长，最多 120 个字' }),
  /** 显示顺序。 */
  order: z.number({ error: expected('数字顺序') }).int().min(1).max(99),
  /** 要准备什么。 */
  needs: z.array(text(40)).min(1, { error: '至少写一项要准备的东西' }),
  needsSmartphone: z.boolean({ error: expected(' true 或 false') }),
  /** true / false；视情况而定写 null。 */
  needsPassword: z.boolean({ error: expected(' true、false 或 null') }).nullable(),
  /** 什么时候能办。 */
  hours: text(60),
  /** 适合谁。 */
  suits: text(120),
  /** 注意事项。 */
  caveats: z.array(text(120)).default([]),
  /** 编号步骤，至少一步。 */
  steps: z
    .array(z.strictObject({ title: text(40), text: text(300) }))
    .min(1, { error: '步骤不能为空，至少写一步' }),
  ...provenance,
});
export type Channel = z.infer<typeof channelSchema>;
