import type { withdrawalConditionIds } from '../schemas/rules.ts';

/** Plain names of the situations in which the balance may be drawn out. */
export const withdrawalConditionLabel: Record<(typeof withdrawalConditionIds)[number], string> = {
  death: '参保人去世',
  emigration: '出国（境）定居',
  'transfer-unaccepted': '跨地区转移时账户转不过去',
  'resettled-elsewhere': '已备案长期在外地居住',
  enlistment: '应征入伍',
  'stop-insurance': '不再参加职工医保',
  other: '其他情形',
};
