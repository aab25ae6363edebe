import { describe, expect, it } from 'vitest';
import { buildNavigation, guideHref, guidesByTopic, neighbours, sidebarWindow, topicHref, topicSlug, type GuideSummary } from '../../../src/guides/navigation';
import type { GuideGroup } from '../../../src/guides/group-schema';

const groups: GuideGroup[] = [
  { id: 'writeback', title: 'Writeback', summary: 'W', order: 1 },
  { id: 'ipv6', title: 'IPv6', summary: 'I', order: 0 },
  { id: 'empty', title: 'Empty', summary: 'E', order: 2 },
];
const guide = (id: string, order: number, topics: string[] = ['Active Directory']): GuideSummary => ({
  id,
  title: id,
  summary: '',
  group: id.split('/')[0] ?? '',
  order,
  topics,
});

describe('buildNavigation', () => {
  it('orders groups and the guides inside them, and drops empty groups', () => {
    const nav = buildNavigation(groups, [guide('writeback/b', 2), guide('writeback/a', 0), guide('ipv6/x', 0)]);
    expect(nav.map((entry) => entry.group.id)).toEqual(['ipv6', 'writeback']);
    expect(nav[1]?.guides.map((g) => g.id)).toEqual(['writeback/a', 'writeback/b']);
  });

  it('refuses a guide whose group is not defined', () => {
    expect(() => buildNavigation(groups, [{ ...guide('writeback/a', 0), group: 'nope' }])).toThrow(/names group "nope"/);
  });

  it('refuses a guide outside its group folder', () => {
    expect(() => buildNavigation(groups, [{ ...guide('ipv6/a', 0), group: 'writeback' }])).toThrow(/lives outside content\/guides\/writeback/);
  });

  it('refuses two guides with the same order in a group', () => {
    expect(() => buildNavigation(groups, [guide('writeback/a', 1), guide('writeback/b', 1)])).toThrow(/both have order 1/);
  });
});

describe('neighbours', () => {
  const nav = buildNavigation(groups, [guide('writeback/a', 0), guide('writeback/b', 1), guide('writeback/c', 2), guide('ipv6/x', 0)]);
  it('gives previous and next inside the group only', () => {
    expect(neighbours(nav, 'writeback/b')).toMatchObject({ prev: { id: 'writeback/a' }, next: { id: 'writeback/c' } });
    expect(neighbours(nav, 'writeback/a').prev).toBeUndefined();
    expect(neighbours(nav, 'ipv6/x')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('topics and hrefs', () => {
  it('slugs topic names for URLs', () => {
    expect(topicSlug('Azure AD Connect')).toBe('azure-ad-connect');
    expect(topicSlug('IPv6')).toBe('ipv6');
    expect(topicHref('Small Business Server')).toBe('/topics/small-business-server/');
    expect(guideHref('writeback/a')).toBe('/guides/writeback/a/');
  });

  it('lists guides under every topic they name, topics alphabetically', () => {
    const nav = buildNavigation(groups, [guide('writeback/a', 0, ['Exchange', 'Active Directory']), guide('ipv6/x', 0, ['IPv6'])]);
    expect(guidesByTopic(nav).map((entry) => [entry.topic, entry.guides.map((g) => g.id)])).toEqual([
      ['Active Directory', ['writeback/a']],
      ['Exchange', ['writeback/a']],
      ['IPv6', ['ipv6/x']],
    ]);
  });
});

describe('sidebarWindow', () => {
  const many = Array.from({ length: 40 }, (_, i) => guide(`writeback/g${i}`, i));
  it('lists a small group whole', () => {
    expect(sidebarWindow(many.slice(0, 7), 'writeback/g3').shown).toHaveLength(7);
  });

  it('lists the overview and a window around the current guide of a large group', () => {
    const { shown, hidden } = sidebarWindow(many, 'writeback/g20', 12);
    expect(shown.map((g) => g.id)).toEqual(['writeback/g0', ...Array.from({ length: 11 }, (_, i) => `writeback/g${14 + i}`)]);
    expect(hidden).toBe(28);
  });

  it('keeps the window inside the group at both ends', () => {
    expect(sidebarWindow(many, 'writeback/g1', 12).shown.map((g) => g.id).slice(0, 3)).toEqual(['writeback/g0', 'writeback/g1', 'writeback/g2']);
    expect(sidebarWindow(many, 'writeback/g39', 12).shown.at(-1)?.id).toBe('writeback/g39');
    expect(sidebarWindow(many, undefined, 12).shown).toHaveLength(12);
  });
});
