import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaTagsOf, SITE_CARD, socialImagePath } from './link-preview';
import type { SocialCard } from './social-card';
import { SOCIAL_IMAGE_CACHE, socialImage } from './social-image';

/**
 * The social image of every page, from what the built page's preview tags say: a guide's card shows its
 * og:title, its article:section (group) and its article:tag list (products), so the image can never
 * disagree with the preview; the other pages share the site's card. Done after the build rather than
 * as an Astro route per image: a cached image then costs a hash and a file write, not a route.
 */
export async function writeSocialImages(dist: string, cacheDir = SOCIAL_IMAGE_CACHE): Promise<{ rendered: number; cached: number }> {
  const cards = new Map<string, SocialCard>([[socialImagePath(), SITE_CARD]]);
  for (const page of globSync('**/*.html', { cwd: dist })) {
    const tags = metaTagsOf(readFileSync(join(dist, page), 'utf8'));
    const image = tags.get('og:image')?.[0];
    if (!image) continue;
    const path = new URL(image).pathname;
    if (path === socialImagePath()) continue;
    const [title, kicker] = [tags.get('og:title')?.[0], tags.get('article:section')?.[0]];
    if (!title || !kicker || tags.get('og:type')?.[0] !== 'article') throw new Error(`${page}: its preview image ${path} needs og:type article, og:title and article:section to draw.`);
    cards.set(path, { title, kicker, products: tags.get('article:tag') ?? [] });
  }
  let rendered = 0;
  const queue = [...cards.entries()];
  // Two at a time: while satori lays out one card, sharp encodes the other on its own threads.
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, card] = next;
      const { png, cached } = await socialImage(card, cacheDir);
      if (!cached) rendered++;
      const file = join(dist, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
    }
  };
  await Promise.all([worker(), worker()]);
  return { rendered, cached: cards.size - rendered };
}

/** Runs writeSocialImages at the end of `astro build` (SKIP_SOCIAL_IMAGES=1 skips it, for the benchmark's build without them). */
export function socialImages(): AstroIntegration {
  return {
    name: 'guides:social-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SKIP_SOCIAL_IMAGES'] === '1') {
          logger.warn('SKIP_SOCIAL_IMAGES=1: no social image was made.');
          return;
        }
        const started = performance.now();
        const { rendered, cached } = await writeSocialImages(fileURLToPath(dir));
        logger.info(`${rendered + cached} social images (${rendered} rendered, ${cached} from the cache) in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
