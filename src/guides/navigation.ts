import type { GuideGroup } from './group-schema';

/** What the navigation needs to know of one guide. */
export interface GuideSummary {
  id: string;
  title: string;
  summary: string;
  group: string;
  order: number;
  topics: readonly string[];
}

/** A group with its guides in reading order. */
export interface GroupNavigation {
  group: GuideGroup;
  guides: GuideSummary[];
}

/** The URL of a guide page. */
export function guideHref(id: string): string {
  return `/guides/${id}/`;
}

/** The URL slug of a topic name ("Azure AD Connect" -> "azure-ad-connect"). */
export function topicSlug(topic: string): string {
  return topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The URL of a topic page. */
export function topicHref(topic: string): string {
  return `/topics/${topicSlug(topic)}/`;
}

/**
 * Groups guides in reading order; throws on authoring mistakes (unknown group,
 * a guide outside its group's folder, two guides with the same order).
 */
export function buildNavigation(groups: readonly GuideGroup[], guides: readonly GuideSummary[]): GroupNavigation[] {
  const byId = new Map(groups.map((group) => [group.id, { group, guides: [] as GuideSummary[] }]));
  for (const guide of guides) {
    const entry = byId.get(guide.group);
    if (!entry) throw new Error(`Guide "${guide.id}" names group "${guide.group}", which content/groups.json does not define.`);
    if (!guide.id.startsWith(`${guide.group}/`)) {
      throw new Error(`Guide "${guide.id}" says group "${guide.group}" but lives outside content/guides/${guide.group}/.`);
    }
    const clash = entry.guides.find((other) => other.order === guide.order);
    if (clash) throw new Error(`Guides "${clash.id}" and "${guide.id}" both have order ${guide.order} in group "${guide.group}".`);
    entry.guides.push(guide);
  }
  return [...byId.values()]
    .filter((entry) => entry.guides.length > 0)
    .sort((a, b) => a.group.order - b.group.order)
    .map((entry) => ({ group: entry.group, guides: entry.guides.sort((a, b) => a.order - b.order) }));
}

/** The previous and next guide within the same group. */
export function neighbours(
  navigation: readonly GroupNavigation[],
  id: string,
): { prev: GuideSummary | undefined; next: GuideSummary | undefined } {
  for (const { guides } of navigation) {
    const index = guides.findIndex((guide) => guide.id === id);
    if (index >= 0) return { prev: guides[index - 1], next: guides[index + 1] };
  }
  return { prev: undefined, next: undefined };
}

/** Guides under each topic, topics in alphabetical order, guides in navigation order. */
export function guidesByTopic(navigation: readonly GroupNavigation[]): Array<{ topic: string; guides: GuideSummary[] }> {
  const topics = new Map<string, GuideSummary[]>();
  for (const { guides } of navigation) {
    for (const guide of guides) {
      for (const topic of guide.topics) {
        const list = topics.get(topic) ?? [];
        list.push(guide);
        topics.set(topic, list);
      }
    }
  }
  return [...topics.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([topic, guides]) => ({ topic, guides }));
}

/** The URL of a group's page, which lists all its guides. */
export function groupHref(groupId: string): string {
  return `/guides/${groupId}/`;
}

/**
 * The guides of a group to list in the sidebar: all of them when the group is small, else the
 * overview and a window around the current guide, so a page's size does not grow with the library.
 */
export function sidebarWindow(
  guides: readonly GuideSummary[],
  currentId: string | undefined,
  size = 12,
): { shown: GuideSummary[]; hidden: number } {
  if (guides.length <= size) return { shown: [...guides], hidden: 0 };
  const current = Math.max(0, guides.findIndex((guide) => guide.id === currentId));
  const start = Math.min(Math.max(1, current - Math.floor(size / 2)), guides.length - (size - 1));
  const shown = [guides[0]!, ...guides.slice(start, start + size - 1)];
  return { shown, hidden: guides.length - shown.length };
}
