import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './guides/schema';
import { groupSchema } from './guides/group-schema';

const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.mdx' }),
  schema: guideSchema,
});

const groups = defineCollection({
  loader: file('./content/groups.json'),
  schema: groupSchema,
});

export const collections = { guides, groups };
