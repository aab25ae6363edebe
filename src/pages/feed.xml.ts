import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadGuideChanges } from '../guides/load';
import { requireSite, SITE_NAME } from '../metadata/link-preview';

/** The RSS feed of guide changes: the same entries as the "What's new" page, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const changes = await loadGuideChanges();
  const base = requireSite(site);
  return rss({
    title: `${SITE_NAME}: what's new`,
    description: 'New and revised Windows Server, Active Directory and hybrid Exchange guides, and the dated update notes of their procedures.',
    site: base,
    trailingSlash: true,
    items: changes.map((change) => ({
      title: change.title,
      // Absolute, so that @astrojs/rss keeps the note's #anchor as it is (it would add a slash after it).
      link: new URL(change.href, base).href,
      pubDate: change.sortDate,
      // The date as precise as it is known: an update note dated by month says so.
      description: change.kind === 'update-note' ? `${change.dateLabel}: ${change.text}` : change.text,
    })),
    customData: '<language>en</language>',
  });
};
