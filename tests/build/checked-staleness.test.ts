import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copySite, type BuildResult } from '../support/build-site';

/**
 * A guide not checked against its sources for 12 months says so to readers and makes the build warn, not
 * fail; the build counts the unconfirmed claims the pages show. One build of a minimal site: the site's code
 * and two guides of its own (one checked 13 months ago, one checked today), not the real guides.
 */
let dir = '';
let result: BuildResult = { status: null, output: '' };

/** A day `months` calendar months before today (UTC), as YYYY-MM-DD: the build compares with its own day. */
function monthsAgo(months: number): string {
  const today = new Date();
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, Math.min(today.getUTCDate(), 28)));
  return day.toISOString().slice(0, 10);
}
const staleDay = monthsAgo(13);
const freshDay = monthsAgo(0);

function guide(title: string, order: number, checked: string, body: string): string {
  return [
    '---',
    `title: ${title}`,
    'summary: A guide for the staleness build test.',
    'group: windows-server',
    `order: ${order}`,
    'topics: [Registry]',
    'appliesTo: [Windows Server 2008 R2]',
    'lastUpdated: 2025-01-10',
    `checked: "${checked}"`,
    'checkedAgainst: [Windows Server 2008 R2]',
    'post: A post',
    'sources: [{ title: Page, publisher: Microsoft Learn, url: "https://learn.microsoft.com/en-us/" }]',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

let remove = (): void => undefined;
beforeAll(async () => {
  const copy = copySite({
    content: 'groups-only',
    files: {
      'content/guides/windows-server/old-guide.mdx': guide('Old guide', 0, staleDay, 'Intro.\n\n<Unconfirmed>A claim nobody could confirm.</Unconfirmed>\n\n<Unconfirmed>Another one.</Unconfirmed>'),
      'content/guides/windows-server/fresh-guide.mdx': guide('Fresh guide', 1, freshDay, 'Intro.'),
    },
  });
  dir = copy.dir;
  remove = copy.remove;
  result = await buildSite(dir, { SKIP_SEARCH_INDEX: '1', SKIP_SOCIAL_IMAGES: '1' });
}, 300_000);

afterAll(() => remove());

const page = (slug: string): string => readFileSync(join(dir, 'dist', 'guides', 'windows-server', slug, 'index.html'), 'utf8');
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a guide checked 13 months ago', () => {
  it('builds (a warning, not an error)', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('makes the build warn, naming the file and the date', () => {
    const [year, month, day] = staleDay.split('-').map(Number);
    const label = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(result.output).toMatch(/\[WARN\].*content\/guides\/windows-server\/old-guide\.mdx: not checked since/);
    expect(result.output).toContain(`content/guides/windows-server/old-guide.mdx: not checked since ${label} (12 months or more)`);
    expect(result.output).not.toContain('fresh-guide.mdx: not checked since');
  });

  it('shows readers "Not checked since" next to Applies to; a fresh guide shows "Checked"', () => {
    const old = text(page('old-guide'));
    expect(old).toMatch(/Applies to Windows Server 2008 R2 Not checked since \d{1,2} \w+ \d{4} against its sources, for Windows Server 2008 R2\. That is over 12 months ago/);
    const fresh = text(page('fresh-guide'));
    expect(fresh).toMatch(/Applies to Windows Server 2008 R2 Checked \d{1,2} \w+ \d{4} against its sources, for Windows Server 2008 R2/);
    expect(fresh).not.toContain('Not checked since');
  });

  it('shows each unconfirmed claim as unconfirmed, and the build prints the count', () => {
    const old = page('old-guide');
    expect(old.match(/<div class="unconfirmed" role="note"[^>]*data-unconfirmed/g)).toHaveLength(2);
    expect(text(old)).toContain('Unconfirmed: no source confirms this A claim nobody could confirm.');
    expect(result.output).toContain('2 unconfirmed claims shown to readers: /guides/windows-server/old-guide/ (2)');
  });
});
