import { getCollection } from 'astro:content';
import { buildNavigation, type GroupNavigation } from './navigation';
import { guideChanges, type GuideChange } from './changes';

/** Loads the guide and group collections and arranges them for the navigation (once per build). */
let cached: Promise<GroupNavigation[]> | undefined;
export function loadNavigation(): Promise<GroupNavigation[]> {
  cached ??= (async () => {
    const [groups, guides] = await Promise.all([getCollection('groups'), getCollection('guides')]);
    return buildNavigation(
      groups.map((entry) => entry.data),
      guides.map((entry) => ({
        id: entry.id,
        title: entry.data.title,
        summary: entry.data.summary,
        group: entry.data.group,
        order: entry.data.order,
        topics: entry.data.topics,
      })),
    );
  })();
  return cached;
}

/** The changes to the guides, newest first: one list for the feed and the "What's new" page. */
export async function loadGuideChanges(): Promise<GuideChange[]> {
  const guides = await getCollection('guides');
  return guideChanges(
    guides.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      lastUpdated: entry.data.lastUpdated,
      published: entry.data.published,
      updates: entry.data.updates,
      checked: entry.data.checked,
      checkedAgainst: entry.data.checkedAgainst,
    })),
  );
}
