import { z } from 'astro/zod';
import { isoDay, slug, text } from './shared.ts';

/** 一条内容更新记录（content/updates/<date>-<what>.md），用于 /updates/ 和 RSS。 */
export const updateSchema = z.strictObject({
  title: text(60),
  date: isoDay,
  summary: text(200),
  /** 涉及的城市标识。 */
  cities: z.array(slug).default([]),
});
export type Update = z.infer<typeof updateSchema>;
