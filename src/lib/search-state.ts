/**
 * The search page's state as a link: /search/?q=杭州 余额&city=杭州&topic=查余额. Pure, so a
 * shared link restores exactly what the sender saw.
 */
export const filterKeys = ['city', 'province', 'topic', 'channel'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Query string for a state; empty parts are left out so links stay short. */
export function paramsOfState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export const isEmptyState = (state: SearchState): boolean => !state.q && filterKeys.every((k) => !state.filters[k]);
