/** What the sitemap and robots.txt say (pure: the build integration is sitemap-integration.ts). */

/** Paths that search engines should not list: the search results page, the not-found page and the offline page. */
const NOT_INDEXED = new Set(['/search/', '/404/', '/404.html', '/offline/']);

/**
 * Whether a URL of the built site belongs in the sitemap: pages only (their paths end in "/"; the feed,
 * robots.txt and the social images do not), less the pages above.
 */
export function isIndexable(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && !NOT_INDEXED.has(pathname);
}

/** The built file of a page URL (build.format "directory"): /guides/x/y/ -> guides/x/y/index.html. */
export function builtPageFile(url: string): string {
  return `${decodeURIComponent(new URL(url).pathname).replace(/^\//, '')}index.html`;
}

export const SITEMAP_INDEX = 'sitemap-index.xml';

/** robots.txt: everything may be crawled (the search and not-found pages say noindex themselves); where the sitemap is. */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, site).href}\n`;
}
