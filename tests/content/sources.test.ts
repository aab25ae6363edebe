import { describe, expect, it } from 'vitest';
import { GUIDE_FILES } from '../support/guides';

/** Groups whose guides were reviewed for issue 9 and must list the official pages behind what they add. */
const REVIEWED_GROUPS = ['azure-ad-connect-writeback', 'ipv6-routed-lan', 'windows-server', 'small-business-server'];

describe('every reviewed guide names its sources', () => {
  const guides = GUIDE_FILES.filter((guide) => REVIEWED_GROUPS.includes(guide.group)).map((guide) => ({ file: guide.file, urls: guide.frontmatter.sources.map((source) => source.url) }));

  it('finds the 20 guides of the four groups (sanity check of this test)', () => {
    expect(guides).toHaveLength(20);
  });

  it.each(guides)('$file lists at least one https source, each once', ({ urls }) => {
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
