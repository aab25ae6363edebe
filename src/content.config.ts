import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './guides/schema';
import { groupSchema } from './guides/group-schema';
import { guideIndexLoader } from './build/guide-index-loader';
import { shardPattern } from './build/shard-env';

const GUIDES = './content/guides';

/** The guides this build compiles and renders: all of them, or one shard's (GUIDES_SHARD=2/4, src/build/shard-env.ts). */
const guides = defineCollection({
  loader: glob({ base: GUIDES, pattern: shardPattern(GUIDES) }),
  schema: guideSchema,
});

/** Every guide's frontmatter, without its MDX: navigation, topics, errors, feed and What's new, in every shard. */
const guideIndex = defineCollection({
  loader: guideIndexLoader(GUIDES),
  schema: guideSchema,
});

const groups = defineCollection({
  loader: file('./content/groups.json'),
  schema: groupSchema,
});

export const collections = { guides, guideIndex, groups };
