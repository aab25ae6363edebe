import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { loadNavigation } from '../../guides/load';
import { SITE_CARD, SITE_IMAGE_SLUG } from '../../metadata/link-preview';
import { socialImage } from '../../metadata/social-image';
import type { SocialCard } from '../../metadata/social-card';

/** The social image of every guide (/social/<group>/<guide>.png) and the site's (/social/site.png), rendered at build time. */
export const getStaticPaths = (async () => {
  // The benchmark's build without social images, to measure what they cost.
  if (process.env['SKIP_SOCIAL_IMAGES'] === '1') return [];
  const [guides, navigation] = await Promise.all([getCollection('guides'), loadNavigation()]);
  const groupTitle = new Map(navigation.map(({ group }) => [group.id, group.title]));
  return [
    { params: { slug: SITE_IMAGE_SLUG }, props: { card: SITE_CARD } },
    ...guides.map((guide) => ({
      params: { slug: guide.id },
      props: { card: { title: guide.data.title, kicker: groupTitle.get(guide.data.group) ?? guide.data.group, products: guide.data.appliesTo } satisfies SocialCard },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { png } = await socialImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
