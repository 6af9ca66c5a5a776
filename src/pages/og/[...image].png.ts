// Open Graph preview images, one PNG per province (shared by its cities), guide and channel how-to plus a default, drawn at
// build time. Which page uses which image is decided by ogImagePath() in src/lib/og-image.ts.
import type { APIRoute } from 'astro';
import { provinceViews } from '../../lib/places.ts';
import { cityViews } from '../../lib/cities.ts';
import { channelsInOrder, guidesInOrder } from '../../lib/collections.ts';
import type { OgCard } from '../../lib/og-image.ts';
import { findCjkFont, renderOgPng, subsetFont } from '../../lib/og-render.ts';
import { ogFixedText } from '../../lib/og-image.ts';
import { t } from '../../i18n/zh-CN.ts';

let cards: Promise<{ params: { image: string }; props: { card: OgCard } }[]> | undefined;
const allCards = () => (cards ??= (async () => {
  const [views, provinces, guides, channels] = await Promise.all([cityViews(), provinceViews(), guidesInOrder(), channelsInOrder()]);
  const card = (image: string, value: OgCard) => ({ params: { image }, props: { card: value } });
  return [
    card('default', { kicker: t.siteName, title: '医保个人账户怎么查、能不能取', lines: ['查余额、能不能取、退休交几年、每月划多少', '按城市讲清楚'] }),
    ...views.map((v) => card(`cities/${v.id}`, { kicker: t.siteName, title: v.city.name, lines: ['医保余额、取现、退休缴费、每月划入', `医保热线 ${v.hotline}`] })),
    ...provinces.map((p) => card(`provinces/${p.id}`, { kicker: t.siteName, title: `${p.province.data.shortName}各城市医保查询`, lines: ['医保余额、取现、退休缴费、每月划入', '医保热线：当地区号加 12393'] })),
    ...guides.map((g) => card(`guides/${g.id}`, { kicker: '医保专题', title: g.data.title, lines: ['全国通用的规定；各地做法请选城市看'] })),
    ...channels.map((c) => card(`channels/${c.id}`, { kicker: '查医保余额的办法', title: c.data.title, lines: [c.data.needsSmartphone ? '要用智能手机' : '不用智能手机'] })),
  ];
})());

export const getStaticPaths = allCards;

// One font for the whole build: the CJK font cut down to the characters of all the cards.
let font: Promise<string | undefined> | undefined;
const cardFont = () =>
  (font ??= (async () => {
    const file = findCjkFont();
    if (!file) return undefined;
    const text = (await allCards()).map(({ props: { card } }) => [card.kicker, card.title, ...card.lines].join('')).join('') + ogFixedText;
    return subsetFont(file, text);
  })());

export const GET: APIRoute = async ({ props }) =>
  new Response(renderOgPng(props['card'] as OgCard, await cardFont()) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
