import { createHash } from 'node:crypto';

/** The token in print.css where the site's address goes: the printed target of a site-relative link. */
export const SITE_TOKEN = '"__SITE__"';

/** The print stylesheet as served (the site's address filled in) and the versioned href that names its content. */
export function printStylesheet(css: string, site: URL): { text: string; href: string } {
  const text = css.replaceAll(SITE_TOKEN, JSON.stringify(site.origin));
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { text, href: `/print.css?v=${version}` };
}
