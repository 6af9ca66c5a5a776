/** Every collection's schema by collection name, for the build's own content check. */
import { channelSchema } from './channel.ts';
import { citySchema } from './city.ts';
import { guideSchema } from './guide.ts';
import { nationalSchema } from './national.ts';
import { provinceSchema } from './province.ts';
import { updateSchema } from './update.ts';

export const schemas = {
  national: nationalSchema,
  provinces: provinceSchema,
  cities: citySchema,
  channels: channelSchema,
  guides: guideSchema,
  updates: updateSchema,
} as const;
export type CollectionName = keyof typeof schemas;
export const collectionNames = Object.keys(schemas) as CollectionName[];
