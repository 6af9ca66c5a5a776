import { describe, expect, it } from 'vitest';
import { isEmptyState, paramsOfState, stateFromParams } from '../../src/lib/search-state.ts';

describe('search state in the address', () => {
  it('reads the query and every filter from a shared link', () => {
    const state = stateFromParams(new URLSearchParams('q=%E4%BD%99%E9%A2%9D&city=%E6%9D%AD%E5%B7%9E&topic=%E6%9F%A5%E4%BD%99%E9%A2%9D&channel=%E5%BE%AE%E4%BF%A1&province=%E6%B5%99%E6%B1%9F'));
    expect(state).toEqual({ q: '余额', filters: { city: '杭州', province: '浙江', topic: '查余额', channel: '微信' } });
  });

  it('writes a state back to the same link, leaving out empty parts', () => {
    const link = paramsOfState({ q: '杭州 余额', filters: { city: '杭州', topic: '' } });
    expect(link).toBe('q=%E6%9D%AD%E5%B7%9E+%E4%BD%99%E9%A2%9D&city=%E6%9D%AD%E5%B7%9E');
    expect(stateFromParams(new URLSearchParams(link))).toEqual({ q: '杭州 余额', filters: { city: '杭州' } });
  });

  it('ignores unknown and blank parameters', () => {
    const state = stateFromParams(new URLSearchParams('q=+&large=1&city='));
    expect(state).toEqual({ q: '', filters: {} });
    expect(isEmptyState(state)).toBe(true);
    expect(isEmptyState({ q: '', filters: { topic: '防骗' } })).toBe(false);
  });
});
