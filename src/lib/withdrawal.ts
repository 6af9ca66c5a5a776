import type { WithdrawalCondition, withdrawalConditionIds } from '../schemas/rules.ts';

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

type ConditionId = (typeof withdrawalConditionIds)[number];
type Condition = Pick<WithdrawalCondition, 'id' | 'text' | 'materials'>;

/** A situation's short name in a list: “其他情形” tells the reader nothing, so an “other” case is named by its first sentence. */
export const situationName = (c: Pick<WithdrawalCondition, 'id' | 'text'>): string =>
  c.id === 'other' ? c.text.split('。')[0]!.replace(/[，,；;]+$/, '') : withdrawalConditionLabel[c.id];

/** The plain question asked for each situation, as a reader of 70 would say it. */
const questionFor: Record<Exclude<ConditionId, 'other'>, string> = {
  death: '您要办的，是已经去世的亲人的医保账户吗？',
  emigration: '参保的人已经出国（出境）定居了吗？',
  'transfer-unaccepted': '医保已经转到外地，但那边接不了个人账户里的钱吗？',
  'stop-insurance': '已经不再参加职工医保了吗（比如离职后没有在任何地方接着交）？',
  'resettled-elsewhere': '已经退休，长期住在外地，并且办了异地安置备案吗？',
  enlistment: '参保的人应征入伍了吗？',
};

/** Asked in this order: the commonest reasons people come to this page first. */
const askOrder: readonly ConditionId[] = ['death', 'emigration', 'transfer-unaccepted', 'stop-insurance', 'resettled-elsewhere', 'enlistment', 'other'];

/** One yes/no question; “yes” leads to the outcome for its conditions. */
export interface WithdrawalQuestion {
  /** Anchor of the question, `q-1`, `q-2` … */
  id: string;
  ask: string;
  /** The situations a “yes” answer means; more than one when the last question gathers the rest. */
  conditions: Condition[];
  /** Anchor of the outcome a “yes” leads to. */
  yes: string;
  /** Anchor a “no” leads to: the next question, or the “cannot draw it out” outcome. */
  no: string;
}

/** Anchor of the outcome for readers whom no situation fits. */
export const noWithdrawalOutcome = 'a-none';

/**
 * The questionnaire for one place's withdrawal rule: at most `max` yes/no questions, one per
 * situation the rule lists, in a fixed order; when there are more situations than questions,
 * the last question lists the remaining ones together so that none is dropped.
 */
export function withdrawalQuestions(conditions: readonly Condition[], max = 4): WithdrawalQuestion[] {
  // Two rows with the same id (say two “other” cases) are different situations: each gets its own question.
  const sorted = [...conditions].sort((a, b) => askOrder.indexOf(a.id) - askOrder.indexOf(b.id));
  const kept = sorted.length > max ? [...sorted.slice(0, max - 1).map((c) => [c]), sorted.slice(max - 1)] : sorted.map((c) => [c]);
  return kept.map((group, i) => {
    const first = group[0]!;
    const ask =
      group.length > 1
        ? `下面这几种情况，有一种符合您吗？${group.map(situationName).join('；')}。`
        : first.id === 'other'
          ? `是这种情况吗：${first.text}`
          : questionFor[first.id];
    return {
      id: `q-${i + 1}`,
      ask,
      conditions: group,
      yes: `a-${i + 1}`,
      no: i + 1 < kept.length ? `q-${i + 2}` : noWithdrawalOutcome,
    };
  });
}

/** What to bring for a situation: identity papers first, then the situation's own proofs, then the bank card. */
export function materialsFor(conditions: readonly Condition[]): string[] {
  // Whose bank card differs by place (杭州 pays a death balance only into the deceased's own card): ask.
  return [...new Set(['本人（或办理人）身份证原件', '社保卡（医保卡）', ...conditions.flatMap((c) => c.materials ?? []), '银行卡（先问清楚要谁名下的）'])];
}
