import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './guides/schema';

const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.mdx' }),
  schema: guideSchema,
});

export const collections = { guides };
