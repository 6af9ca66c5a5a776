/** Which query channels a city has, and what is known locally about each. Pure logic. */
import type { CityChannel } from '../schemas/city.ts';
import { channelIds, type ChannelId } from '../schemas/shared.ts';
import { everywhereChannels } from './channel-availability.ts';


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
