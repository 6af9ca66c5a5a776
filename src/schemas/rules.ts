import { z } from 'astro/zod';
import { expected, isoDay, provenance, refineNotSettledOnCOnly, text } from './shared.ts';

/** Contribution years: a whole number 0-40, or null when no source gives it. */
const years = z
  .number({ error: expected(' 0-40 的数字') })
  .int({ error: expected(' 0-40 的整数') })
  .min(0, { error: expected(' 0-40 的数字') })
  .max(40, { error: expected(' 0-40 的数字') })
  .nullable();

/** One later step of a rule that changes over time. */
export const retirementStep = z.strictObject({
  /** 这一步从哪天起执行。 */
  from: isoDay,
  menYears: years,
  womenYears: years,
  localYears: years.optional(),
});
export type RetirementStep = z.infer<typeof retirementStep>;

/** 退休时缴满多少年，退休后就不用再交医保。 */
export const retirementRule = z
  .strictObject({
    /** 男职工退休时累计缴费年限；未知写 null，不要猜。 */
    menYears: years,
    /** 女职工退休时累计缴费年限。 */
    womenYears: years,
    /** 其中须在本地实际缴费的年限。 */
    localYears: years.optional(),
    /** 这条规定从哪天起执行。 */
    effectiveFrom: isoDay.optional(),
    /** 之后按时间表逐步变化的各步，日期从早到晚。 */
    schedule: z.array(retirementStep).optional(),
    /** 年限不够时可以怎么办。 */
    shortfall: z
      .strictObject({
        /** 一次性补缴的办法和计费基数。 */
        lumpSum: text(300).optional(),
        /** 按月继续缴费。 */
        monthly: text(300).optional(),
        /** 改参加居民医保。 */
        resident: text(300).optional(),
      })
      .optional(),
    ...provenance,
  })
  .superRefine((rule, ctx) => {
    refineNotSettledOnCOnly(rule, ctx);
    let previous = rule.effectiveFrom;
    rule.schedule?.forEach((step, i) => {
      if (previous && step.from <= previous) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', i, 'from'],
          message: `生效日期顺序不对：${step.from} 应晚于前一步的 ${previous}`,
        });
      }
      previous = step.from;
    });
  });
export type RetirementRule = z.infer<typeof retirementRule>;

export const withdrawalConditionIds = [
  'death',
  'emigration',
  'transfer-unaccepted',
  'resettled-elsewhere',
  'enlistment',
  'stop-insurance',
  'other',
] as const;

/** 一种可以把个人账户余额取出来的情形。 */
export const withdrawalCondition = z.strictObject({
  id: z.enum(withdrawalConditionIds, { error: expected(`情形代号之一：${withdrawalConditionIds.join('、')}`) }),
  /** 用大白话说明这种情形。 */
  text: text(200),
  /** 要带的材料。 */
  materials: z.array(text(60)).optional(),
});
export type WithdrawalCondition = z.infer<typeof withdrawalCondition>;

/** 个人账户的钱能不能取出来。 */
export const withdrawalRule = z
  .strictObject({
    /** 是否不需要特殊情形就能取现；只有来源明确这样说才写 true。 */
    cashOut: z.boolean({ error: expected(' true 或 false') }).nullable().optional(),
    conditions: z.array(withdrawalCondition).default([]),
    /** 谁来申请。 */
    applicant: text(120).optional(),
    /** 到哪里办。 */
    where: text(200).optional(),
    /** 办理步骤。 */
    process: z.array(text(200)).min(1, { error: '办理步骤不能是空列表' }).optional(),
    ...provenance,
  })
  .superRefine(refineNotSettledOnCOnly);
export type WithdrawalRule = z.infer<typeof withdrawalRule>;

const percent = (max: number) =>
  z
    .number({ error: expected(` 0-${max} 的百分数（只写数字）`) })
    .min(0, { error: expected(` 0-${max} 的百分数`) })
    .max(max, { error: expected(` 0-${max} 的百分数`) });
const age = z
  .number({ error: expected(' 0-120 的年龄') })
  .int({ error: expected('整数年龄') })
  .min(0)
  .max(120, { error: expected(' 0-120 的年龄') });

/** 退休人员按年龄段每月划入的标准：固定金额，或当地平均养老金的百分比。 */
export const retireeBand = z
  .strictObject({
    /** 从几岁起（含）。 */
    minAge: age.optional(),
    /** 到几岁止（含）。 */
    maxAge: age.optional(),
    /** 每月划入多少元。 */
    yuanPerMonth: z.number({ error: expected('每月元数（只写数字）') }).min(0).max(2000, { error: expected('不超过 2000 的元数') }).optional(),
    /** 按当地平均养老金的百分之几。 */
    percentOfAveragePension: percent(10).optional(),
  })
  .refine((b) => b.yuanPerMonth !== undefined || b.percentOfAveragePension !== undefined, {
    error: '每个年龄段要写 yuanPerMonth（元）或 percentOfAveragePension（百分比）之一',
  })
  .refine((b) => b.minAge === undefined || b.maxAge === undefined || b.minAge <= b.maxAge, {
    error: '年龄段的起始年龄大于结束年龄',
    path: ['minAge'],
  });
export type RetireeBand = z.infer<typeof retireeBand>;

/** 每月往个人账户划入多少。 */
export const monthlyCreditRule = z
  .strictObject({
    /** 这些金额适用的年份。 */
    year: z.number({ error: expected('四位数年份') }).int().min(1998).max(2100).optional(),
    /** 在职职工：本人缴费基数的百分之几；未知写 null。 */
    employeePercentOfBase: percent(12).nullable(),
    /** 退休人员：按年龄段。 */
    retiree: z.array(retireeBand).default([]),
    /** 计算用的当地月平均养老金（元）。 */
    averagePension: z.number({ error: expected('每月元数') }).positive().nullable().optional(),
    ...provenance,
  })
  .superRefine(refineNotSettledOnCOnly);
export type MonthlyCreditRule = z.infer<typeof monthlyCreditRule>;

/** 家庭共济：谁算家人，账户里的钱能替家人付什么。 */
export const familySharingRule = z
  .strictObject({
    text: text(600),
    ...provenance,
  })
  .superRefine(refineNotSettledOnCOnly);
export type FamilySharingRule = z.infer<typeof familySharingRule>;

/** The rule groups a place (country, province, city) can set. */
export const ruleGroups = {
  retirement: retirementRule.optional(),
  withdrawal: withdrawalRule.optional(),
  monthlyCredit: monthlyCreditRule.optional(),
};
export const ruleTopics = ['retirement', 'withdrawal', 'monthlyCredit'] as const;
export type RuleTopic = (typeof ruleTopics)[number];
