/** How many contribution years someone is short of at retirement, under the rule in force. Pure. */

export type Sex = 'men' | 'women';

export interface YearsRequired {
  menYears: number | null;
  womenYears: number | null;
  localYears: number | null;
}

export interface Shortfall {
  /** Years required in all; null when the rule does not give it. */
  required: number | null;
  /** Years missing in all (0 when enough). */
  missing: number | null;
  localRequired: number | null;
  localMissing: number | null;
  /** Both totals met. */
  enough: boolean | null;
}

export function shortfallOf(rule: YearsRequired, sex: Sex, yearsPaid: number, localYearsPaid: number): Shortfall {
  const required = sex === 'men' ? rule.menYears : rule.womenYears;
  const missing = required === null ? null : Math.max(0, required - yearsPaid);
  const localRequired = rule.localYears;
  const localMissing = localRequired === null ? null : Math.max(0, localRequired - Math.min(localYearsPaid, yearsPaid));
  const enough = missing === null ? null : missing === 0 && (localMissing ?? 0) === 0;
  return { required, missing, localRequired, localMissing, enough };
}
