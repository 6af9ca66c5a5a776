import { describe, expect, test } from 'vitest';
import { materialsFor, noWithdrawalOutcome, withdrawalQuestions } from '../../src/lib/withdrawal.ts';

const death = { id: 'death' as const, text: '参保人去世，继承人可以申请。', materials: ['死亡证明', '亲属关系证明'] };
const emigration = { id: 'emigration' as const, text: '出国定居的可以申请。', materials: ['定居证明'] };
const transfer = { id: 'transfer-unaccepted' as const, text: '转出后对方不接收个人账户。' };
const stop = { id: 'stop-insurance' as const, text: '不再参加职工医保。' };
const enlist = { id: 'enlistment' as const, text: '应征入伍。' };
const other = { id: 'other' as const, text: '外地户口退休后医保关系转不走。' };

describe('withdrawal questionnaire', () => {
  test('asks one question per situation, commonest first, whatever order the file lists them in', () => {
    const qs = withdrawalQuestions([transfer, emigration, death]);
    expect(qs.map((q) => q.conditions[0]!.id)).toEqual(['death', 'emigration', 'transfer-unaccepted']);
    expect(qs[0]!.ask).toContain('去世');
  });

  test('chains “no” to the next question and the last “no” to the cannot-withdraw outcome', () => {
    const qs = withdrawalQuestions([death, emigration]);
    expect(qs.map((q) => [q.id, q.yes, q.no])).toEqual([
      ['q-1', 'a-1', 'q-2'],
      ['q-2', 'a-2', noWithdrawalOutcome],
    ]);
  });

  test('never asks more than four questions and keeps every situation by gathering the rest in the last', () => {
    const qs = withdrawalQuestions([death, emigration, transfer, stop, enlist, other]);
    expect(qs).toHaveLength(4);
    expect(qs[3]!.conditions.map((c) => c.id)).toEqual(['stop-insurance', 'enlistment', 'other']);
    expect(qs[3]!.ask).toContain('应征入伍');
    expect(qs[3]!.ask).toContain('外地户口退休后医保关系转不走');
    expect(qs[3]!.ask).not.toContain('其他情形');
    expect(qs.flatMap((q) => q.conditions)).toHaveLength(6);
  });

  test('asks an “other” situation in its own words', () => {
    expect(withdrawalQuestions([other])[0]!.ask).toContain(other.text);
  });

  test('asks nothing when the rule lists no situation', () => {
    expect(withdrawalQuestions([])).toEqual([]);
  });

  test('lists identity papers first, the situation’s own proofs once each, the bank card last', () => {
    const m = materialsFor([death, { ...emigration, materials: ['死亡证明', '定居证明'] }]);
    expect(m[0]).toContain('身份证');
    expect(m.filter((x) => x === '死亡证明')).toHaveLength(1);
    expect(m).toContain('定居证明');
    expect(m.at(-1)).toContain('银行卡');
  });
});
