import { describe, expect, it } from 'vitest';
import { guideChanges, updateNoteAnchors } from '../../../src/guides/changes';

const overview = {
  id: 'azure-ad-connect-writeback/overview',
  title: 'Azure AD Connect writeback',
  summary: 'What each writeback needs.',
  lastUpdated: new Date('2026-11-25'),
  updates: [
    { date: '2015-11', note: 'User writeback was pulled from preview.' },
    { date: '2017-03', note: 'The scripts also fix protected accounts.' },
    { date: '2016-09', note: 'Added the new attributes.' },
  ],
  checked: '2026-11-25',
  checkedAgainst: ['Microsoft Entra Connect 2.x'],
};
const tunnel = {
  id: 'ipv6-routed-lan/hurricane-electric-tunnel',
  title: 'Hurricane Electric tunnel',
  summary: 'Bring IPv6 through a tunnel.',
  lastUpdated: new Date('2026-11-26'),
  published: '2012-12',
  updates: [],
  checked: '2026-11-26',
  checkedAgainst: ['Windows Server 2008 R2'],
};

describe('guideChanges', () => {
  const changes = guideChanges([overview, tunnel]);

  it('lists every guide and every dated update note, newest first', () => {
    expect(changes.map((change) => [change.date, change.kind, change.href])).toEqual([
      ['2026-11-26', 'guide-updated', '/guides/ipv6-routed-lan/hurricane-electric-tunnel/'],
      ['2026-11-25', 'guide-updated', '/guides/azure-ad-connect-writeback/overview/'],
      ['2017-03', 'update-note', '/guides/azure-ad-connect-writeback/overview/#update-2017-03'],
      ['2016-09', 'update-note', '/guides/azure-ad-connect-writeback/overview/#update-2016-09'],
      ['2015-11', 'update-note', '/guides/azure-ad-connect-writeback/overview/#update-2015-11'],
    ]);
  });

  it('says what each date means: the last revision of a guide, the month of its post, the month of a note', () => {
    expect(changes[0]?.text).toBe('Guide last updated 26 November 2026, adapted from a post of December 2012. Checked against its sources that day, for Windows Server 2008 R2. Bring IPv6 through a tunnel.');
    expect(changes[1]?.text).toBe('Guide last updated 25 November 2026. Checked against its sources that day, for Microsoft Entra Connect 2.x. What each writeback needs.');
    expect(changes[4]).toMatchObject({ title: 'Update to Azure AD Connect writeback', dateLabel: 'November 2015', text: 'User writeback was pulled from preview.' });
    expect(changes[4]?.sortDate.toISOString()).toBe('2015-11-01T00:00:00.000Z');
  });

  it('gives every change its own link, so that feed readers keep them apart', () => {
    expect(new Set(changes.map((change) => change.href)).size).toBe(changes.length);
  });
});

describe('guideChanges: re-checks', () => {
  const rechecked = { ...tunnel, checked: '2026-12-06', checkedAgainst: ['Windows Server 2008 R2', 'netsh (current Windows Server)'] };
  const changes = guideChanges([rechecked, overview]);

  it('lists a re-check after the last revision as its own entry, apart from the revision', () => {
    expect(changes.map((change) => [change.date, change.kind, change.href]).slice(0, 3)).toEqual([
      ['2026-12-06', 'guide-checked', '/guides/ipv6-routed-lan/hurricane-electric-tunnel/#checked'],
      ['2026-11-26', 'guide-updated', '/guides/ipv6-routed-lan/hurricane-electric-tunnel/'],
      ['2026-11-25', 'guide-updated', '/guides/azure-ad-connect-writeback/overview/'],
    ]);
    expect(changes[0]).toMatchObject({
      title: 'Re-checked: Hurricane Electric tunnel',
      dateLabel: '6 December 2026',
      text: 'Checked against its sources on 6 December 2026, for Windows Server 2008 R2, netsh (current Windows Server), with no change to the guide since 26 November 2026.',
    });
    expect(changes[1]?.text).not.toContain('Checked against');
  });

  it('gives no re-check entry for a check on the day of the revision, or before it', () => {
    expect(guideChanges([overview]).filter((change) => change.kind === 'guide-checked')).toEqual([]);
    expect(guideChanges([{ ...overview, checked: '2026-11-01' }]).filter((change) => change.kind === 'guide-checked')).toEqual([]);
  });
});

describe('updateNoteAnchors', () => {
  it('numbers a second note of the same date', () => {
    expect(updateNoteAnchors([{ date: '2015-11' }, { date: '2016-01-03' }, { date: '2015-11' }])).toEqual(['update-2015-11', 'update-2016-01-03', 'update-2015-11-2']);
  });
});
