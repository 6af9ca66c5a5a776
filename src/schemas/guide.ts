import { z } from 'astro/zod';
import { expected, provenance, text } from './shared.ts';

export const guideTopics = ['balance', 'withdrawal', 'retirement', 'monthly-credit', 'transfer', 'family-sharing', 'scams'] as const;

/** 专题指南（content/guides/<slug>.mdx）。文件名即网址中的标识。 */
export const guideSchema = z.strictObject({
  /** 标题，最多 40 字。 */
  title: text(40),
  /** 摘要，10-120 字。 */
  summary: z.string({ error: expected('一两句话的摘要') }).min(10, { error: '摘要太短，至少 10 个字' }).max(120, { error: '摘要太长，最多 120 个字' }),
  topic: z.enum(guideTopics, { error: expected(`专题之一：${guideTopics.join('、')}`) }),
  order: z.number({ error: expected('数字顺序') }).int().min(1).max(99),
  ...provenance,
});
export type Guide = z.infer<typeof guideSchema>;
