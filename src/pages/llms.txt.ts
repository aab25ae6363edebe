import type { APIRoute } from 'astro';
import { loadNavigation } from '../guides/load';
import { canonicalUrl, requireSite, SITE_NAME, SITE_SUMMARY } from '../metadata/link-preview';
import { llmsIndex } from '../markdown-twin/llms';
import { twinPath } from '../markdown-twin/twin-input';

/** The site for language-model tools (llmstxt.org): each guide by its Markdown twin, by group, in navigation order. */
export const GET: APIRoute = async ({ site }) => {
  const origin = requireSite(site);
  const navigation = await loadNavigation();
  const text = llmsIndex({
    name: SITE_NAME,
    summary: SITE_SUMMARY,
    fullUrl: canonicalUrl('/llms-full.txt', origin),
    groups: navigation.map((entry) => ({
      title: entry.group.title,
      guides: entry.guides.map((guide) => ({ title: guide.title, summary: guide.summary, url: canonicalUrl(twinPath(guide.id), origin) })),
    })),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
