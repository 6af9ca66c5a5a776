/** Titles, descriptions and breadcrumbs of the pages under /cities/<slug>/. Pure. */
import type { Crumb } from '../components/Breadcrumbs.astro';

export type CityTopic = 'balance' | 'withdrawal' | 'retirement' | 'monthly-credit';

export const cityTopicTitle: Record<CityTopic, (name: string) => string> = {
  balance: (n) => `${n}：怎么查医保个人账户余额`,
  withdrawal: (n) => `${n}：医保个人账户的钱能取出来吗`,
  retirement: (n) => `${n}：退休后还要交医保吗，要交满几年`,
  'monthly-credit': (n) => `${n}：医保个人账户每月划入多少钱`,
};


/** What the breadcrumbs need of a city (a CityView has it). */
export interface CityRef {
  id: string;
  city: { name: string };
  province: { id: string; data: { name: string } };
}

/** 全部城市 › 省 › 城市 › …rest */
export function cityCrumbs(view: CityRef, ...rest: Crumb[]): Crumb[] {
  return [
    { name: '全部城市', href: '/cities/' },
    { name: view.province.data.name, href: `/provinces/${view.province.id}/` },
    { name: view.city.name, href: `/cities/${view.id}/` },
    ...rest,
  ];
}

export const cityUrl = (id: string, topic?: CityTopic, channel?: string): string =>
  `/cities/${id}/${topic ? `${topic}/` : ''}${channel ? `${channel}/` : ''}`;
