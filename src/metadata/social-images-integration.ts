import { copyFileSync, globSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaTagsOf, SITE_CARD, socialImagePath } from './link-preview';
import type { SocialCard } from './social-card';
import { drawSocialImages, SOCIAL_IMAGE_CACHE } from './social-image';

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
  const paths = [...cards.keys()];
  const images = await drawSocialImages([...cards.values()], cacheDir);
  let rendered = 0;
  images.forEach(({ file, cached }, index) => {
    if (!cached) rendered++;
    const target = join(dist, paths[index]!);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  });
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
