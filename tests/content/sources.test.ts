import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const guidesDir = join(import.meta.dirname, '..', '..', 'content', 'guides');

/** Groups whose guides were reviewed for issue 9 and must list the official pages behind what they add. */
const REVIEWED_GROUPS = ['azure-ad-connect-writeback', 'ipv6-routed-lan', 'windows-server', 'small-business-server'];

/** The `url:` values of the frontmatter's `sources:` list (the schema checks their shape; this checks they are there). */
function sourceUrls(mdx: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '';
  const list = /^sources:\n((?:[ ]+.*\n?)*)/m.exec(frontmatter)?.[1] ?? '';
  return [...list.matchAll(/^\s+url: "?([^"\s]+)"?$/gm)].map((match) => match[1] ?? '');
}

describe('every reviewed guide names its sources', () => {
  const guides = REVIEWED_GROUPS.flatMap((group) =>
    readdirSync(join(guidesDir, group))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ file: `${group}/${name}`, urls: sourceUrls(readFileSync(join(guidesDir, group, name), 'utf8')) })),
  );

  it('finds the 20 guides of the four groups (sanity check of this test)', () => {
    expect(guides).toHaveLength(20);
  });

  it.each(guides)('$file lists at least one https source, each once', ({ urls }) => {
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
