/**
 * The head tags that search engines and chat or ticket tools read to preview a link: canonical URL,
 * Open Graph and Twitter card. Built from the page's own data only: a reader's values travel in the
 * query string, and nothing here ever reads it.
 */

import { htmlToText } from '../guides/html-text';

export const SITE_NAME = 'Windows Admin Guides';
/** What the site is, in one line: the home page's description and the summary of /llms.txt. */
export const SITE_SUMMARY = 'Hands-on Windows Server, Active Directory and hybrid Exchange procedures with commands ready to run.';

/** What a guide adds to its preview. */
export interface ArticlePreview {
  /** The guide's group, shown as its section. */
  section: string;
  /** The products and versions it applies to. */
  products: readonly string[];
  /** YYYY-MM-DD. */
  modified: string;
}

export interface PagePreview {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** The page's path ("/guides/x/y/"); a query string or fragment is dropped. */
  path: string;
  /** Path of the social image (PNG, 1200 x 630) and its text alternative. */
  image: { path: string; alt: string };
  article?: ArticlePreview | undefined;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter and the rest `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The social image of the pages that are not guides: /social/site.png. */
export const SITE_CARD = {
  title: 'Windows Server, Active Directory and Exchange guides',
  kicker: 'Step-by-step procedures, every command ready to paste',
  products: [],
} as const;

/** The path of a guide's social image, or the site's when `guideId` is absent. */
export function socialImagePath(guideId?: string): string {
  return `/social/${guideId ?? 'site'}.png`;
}

/** The text alternative of a social image: what it shows. */
export function socialImageAlt(card: { title: string; kicker: string; products: readonly string[] }): string {
  return `${card.title} (${card.kicker})${card.products.length > 0 ? `. Applies to ${card.products.join(', ')}` : ''}`;
}

/** The site's base URL (astro.config.mjs `site`, or SITE_URL): previews and the sitemap need absolute URLs. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs needs `site` (or the SITE_URL environment variable): canonical URLs, link previews and the sitemap are absolute.');
  return site;
}

/** The one address of a page: site + path, never a query string (a reader's values) or a fragment. */
export function canonicalUrl(path: string, site: URL | string): string {
  const url = new URL(path, site);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The full title shown in the tab and in previews. */
export function fullTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}

/** The Open Graph and Twitter card tags of a page. */
export function previewTags(page: PagePreview, site: URL | string): MetaTag[] {
  const url = canonicalUrl(page.path, site);
  const image = canonicalUrl(page.image.path, site);
  const tags: MetaTag[] = [
    { property: 'og:type', content: page.article ? 'article' : 'website' },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: url },
    { property: 'og:locale', content: 'en_GB' },
    { property: 'og:image', content: image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(SOCIAL_IMAGE_SIZE.width) },
    { property: 'og:image:height', content: String(SOCIAL_IMAGE_SIZE.height) },
    { property: 'og:image:alt', content: page.image.alt },
  ];
  if (page.article) {
    tags.push(
      { property: 'article:section', content: page.article.section },
      { property: 'article:modified_time', content: page.article.modified },
      ...page.article.products.map((product) => ({ property: 'article:tag', content: product })),
    );
  }
  tags.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: page.image.alt },
  );
  if (page.article) {
    // Slack and others show these two pairs under the summary.
    tags.push(
      { name: 'twitter:label1', content: 'Applies to' },
      { name: 'twitter:data1', content: page.article.products.join(', ') },
      { name: 'twitter:label2', content: 'Guides' },
      { name: 'twitter:data2', content: page.article.section },
    );
  }
  return tags;
}

/** The `<meta>` tags a built page states, by property or name, in order (the reverse of previewTags). */
export function metaTagsOf(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const end = html.indexOf('</head>');
  const head = end < 0 ? html : html.slice(0, end);
  for (const match of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    const key = match[1] ?? '';
    tags.set(key, [...(tags.get(key) ?? []), htmlToText(match[2] ?? '')]);
  }
  return tags;
}

/** The last-modified date a built page states in its `article:modified_time` tag (what the sitemap lists). */
export function modifiedTimeOf(html: string): string | undefined {
  return metaTagsOf(html).get('article:modified_time')?.[0];
}
