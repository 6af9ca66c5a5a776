import { z } from 'astro/zod';
import { expected, isoDay, slug, text } from './shared.ts';

/** 一条内容更新记录（content/updates/<date>-<what>.md），用于 /updates/ 和 RSS。 */
export const updateSchema = z.strictObject({
  title: text(60),
  date: isoDay,
  summary: text(200),
  /** 同一天有几条时的先后：第二条写 2，第三条写 3……不写就是 1。页面和 RSS 里后发的排在上面。 */
  sequence: z.number({ error: expected(' 1 以上的整数') }).int({ error: expected(' 1 以上的整数') }).min(1, { error: expected(' 1 以上的整数') }).default(1),
  /** 涉及的城市标识。 */
  cities: z.array(slug).default([]),
});
export type Update = z.infer<typeof updateSchema>;
