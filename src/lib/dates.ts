/** The build date, as YYYY-MM-DD. `BUILD_DATE` overrides it so tests can pin time. */
export function buildDate(): string {
  const fromEnv = process.env['BUILD_DATE'];
  if (fromEnv && /^\d{4}-\d{2}-\d{2}$/.test(fromEnv)) return fromEnv;
  return new Date().toISOString().slice(0, 10);
}

/** Whole months between two ISO days (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** A fact checked more than 12 months before `today` is stale. */
export const isStale = (checkedAt: string, today: string): boolean => monthsBetween(checkedAt, today) >= 12;

/** Rules change: when even the newest source is this many years old, the page says the rule may have changed. */
export const OLD_SOURCE_YEARS = 5;

/** The newest date printed on any of the sources, or undefined when none prints one. */
export const newestDate = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.reduce<string | undefined>((newest, d) => (d && (!newest || d > newest) ? d : newest), undefined);

/** True when the newest source date is OLD_SOURCE_YEARS or more before `today` (no date: unknown, so false). */
export const isOldSource = (newest: string | undefined, today: string): boolean =>
  newest !== undefined && monthsBetween(newest, today) >= OLD_SOURCE_YEARS * 12;

/** 2026-11-22 → 2026年11月22日 */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
