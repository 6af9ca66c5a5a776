/**
 * Data access: every collection is read once per build and kept in a Map, so pages that look
 * entries up never make the build quadratic.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChannelId } from '../schemas/shared.ts';

export type CityEntry = CollectionEntry<'cities'>;
export type ProvinceEntry = CollectionEntry<'provinces'>;
export type ChannelEntry = CollectionEntry<'channels'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type NationalEntry = CollectionEntry<'national'>;
export type UpdateEntry = CollectionEntry<'updates'>;

type Name = 'cities' | 'provinces' | 'channels' | 'guides' | 'national' | 'updates';
const cache = new Map<Name, Promise<Map<string, unknown>>>();

function byId<N extends Name>(name: N): Promise<Map<string, CollectionEntry<N>>> {
  let found = cache.get(name);
  if (!found) {
    found = getCollection(name).then((entries) => {
      if (entries.length === 0) throw new Error(`content/${name}/ is empty or missing: the site needs at least one entry`);
      return new Map(entries.map((e) => [e.id, e]));
    });
    cache.set(name, found);
  }
  return found as Promise<Map<string, CollectionEntry<N>>>;
}

/** Looks an entry up and throws when it is missing (Astro only logs a broken reference). */
async function need<N extends Name>(name: N, id: string): Promise<CollectionEntry<N>> {
  const entry = (await byId(name)).get(id);
  if (!entry) throw new Error(`content/${name}/${id}.md does not exist, but something refers to it`);
  return entry;
}

export const citiesById = () => byId('cities');
export const provincesById = () => byId('provinces');
export const channelsById = () => byId('channels');
export const guidesById = () => byId('guides');
export const updatesById = () => byId('updates');

export const channelById = (id: ChannelId) => need('channels', id);

/** The one national rules file. */
export const national = async (): Promise<NationalEntry> => need('national', 'cn');

/** Channels in display order. */
export async function channelsInOrder(): Promise<ChannelEntry[]> {
  return [...(await channelsById()).values()].sort((a, b) => a.data.order - b.data.order);
}

export async function guidesInOrder(): Promise<GuideEntry[]> {
  return [...(await guidesById()).values()].sort((a, b) => a.data.order - b.data.order);
}
