import { getCollection } from 'astro:content';
import { currentShard } from '../build/shard-env';
import { buildNavigation, type GroupNavigation } from './navigation';
import { guideChanges, type GuideChange } from './changes';

/**
 * Every guide's frontmatter, from the light index (src/build/guide-index.ts), never from the compiled
 * guides: a shard builds the whole site's navigation while it compiles only its own guides. In a whole
 * build, the index must list exactly the guides Astro compiled, with the same ids.
 */
let index: ReturnType<typeof getCollection<'guideIndex'>> | undefined;
export function loadGuideIndex(): ReturnType<typeof getCollection<'guideIndex'>> {
  index ??= (async () => {
    const [entries, compiled] = await Promise.all([getCollection('guideIndex'), currentShard() ? Promise.resolve(undefined) : getCollection('guides')]);
    if (compiled) {
      const ids = new Set(entries.map((entry) => entry.id));
      const astroIds = new Set(compiled.map((entry) => entry.id));
      const differ = [...ids].filter((id) => !astroIds.has(id)).concat([...astroIds].filter((id) => !ids.has(id)));
      if (differ.length > 0) throw new Error(`The guide index and Astro's guides disagree on these ids (src/build/guide-index.ts, guideIdOf): ${differ.join(', ')}`);
    }
    return entries;
  })();
  return index;
}

/** Loads the guide index and the groups and arranges them for the navigation (once per build). */
let cached: Promise<GroupNavigation[]> | undefined;
export function loadNavigation(): Promise<GroupNavigation[]> {
  cached ??= (async () => {
    const [groups, guides] = await Promise.all([getCollection('groups'), loadGuideIndex()]);
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
  const guides = await loadGuideIndex();
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
