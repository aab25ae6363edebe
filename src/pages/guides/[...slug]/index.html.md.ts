import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { canonicalUrl, requireSite } from '../../../metadata/link-preview';
import { guideTwin } from '../../../markdown-twin/twin';
import { twinInput } from '../../../markdown-twin/twin-input';

/** Each guide's Markdown twin, next to its page: placeholders and their examples, never a reader's value. */
export const getStaticPaths = (async () => {
  const guides = await getCollection('guides');
  return guides.map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: CollectionEntry<'guides'> }> = ({ props, site }) => {
  const origin = requireSite(site);
  const { guide } = props;
  const markdown = guideTwin(twinInput({ body: guide.body ?? '', data: guide.data }, canonicalUrl(`/guides/${guide.id}/`, origin), origin.origin));
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
