/** Which query channels a city has, and what is known locally about each. Pure logic. */
import type { CityChannel } from '../schemas/city.ts';
import { channelIds, type ChannelId } from '../schemas/shared.ts';

/**
 * Channels that exist everywhere in mainland China: the national app and 医保电子凭证 in WeChat and
 * Alipay work for every 统筹区, every city has 区号-12393, service windows and 定点药店.
 * Kiosks and bank passbooks depend on the place, so a city has them only when a source says so.
 */
export const everywhereChannels: ReadonlySet<ChannelId> = new Set(['app', 'wechat', 'alipay', 'hotline', 'window', 'pharmacy']);

export interface CityChannelGroup {
  id: ChannelId;
  /** What our sources say about this channel in this city (may be empty). */
  local: CityChannel[];
}

/** The channels a city has, in the order of `channelIds`, each with its local entries. */
export function channelsOfCity(localEntries: readonly CityChannel[]): CityChannelGroup[] {
  return channelIds
    .map((id) => ({ id, local: localEntries.filter((e) => e.channel === id) }))
    .filter((group) => everywhereChannels.has(group.id) || group.local.length > 0);
}

/** The medical-insurance hotline as dialled in a city: 0571-12393. */
export const localHotline = (areaCode: string): string => `${areaCode}-12393`;

/** A `tel:` link for a number written with a dash. */
export const telHref = (number: string): string => `tel:${number.replace(/[^0-9+]/g, '')}`;
