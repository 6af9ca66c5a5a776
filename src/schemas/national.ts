import { z } from 'astro/zod';
import { familySharingRule, ruleGroups } from './rules.ts';
import { text } from './shared.ts';

/** 全国通用的规定（content/national/cn.md）。 */
export const nationalSchema = z.strictObject({
  name: text(10),
  ...ruleGroups,
  familySharing: familySharingRule.optional(),
});
export type National = z.infer<typeof nationalSchema>;
