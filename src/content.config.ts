// Wiring only: each collection's loader and schema. Cross-file rules (references, slugs, future
// dates) are checked by scripts/validate-content.ts before Astro runs, with every error at once.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { channelSchema } from './schemas/channel.ts';
import { citySchema } from './schemas/city.ts';
import { guideSchema } from './schemas/guide.ts';
import { nationalSchema } from './schemas/national.ts';
import { provinceSchema } from './schemas/province.ts';
import { updateSchema } from './schemas/update.ts';

const from = (dir: string, pattern = '*.md') => glob({ base: `./content/${dir}`, pattern });

export const collections = {
  national: defineCollection({ loader: from('national'), schema: nationalSchema }),
  provinces: defineCollection({ loader: from('provinces'), schema: provinceSchema }),
  cities: defineCollection({ loader: from('cities'), schema: citySchema.extend({ province: reference('provinces') }) }),
  channels: defineCollection({ loader: from('channels'), schema: channelSchema }),
  guides: defineCollection({ loader: from('guides', '*.{md,mdx}'), schema: guideSchema }),
  updates: defineCollection({ loader: from('updates'), schema: updateSchema }),
};
