import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterOf, guideIdOf } from '../../../src/build/guide-index';
import { guideSchema } from '../../../src/guides/schema';

const base = join(import.meta.dirname, '..', '..', '..', 'content', 'guides');

describe('guideIdOf', () => {
  it('gives the id Astro\'s glob loader gives', () => {
    expect(guideIdOf('azure-ad-connect-writeback/group-writeback.mdx')).toBe('azure-ad-connect-writeback/group-writeback');
    expect(guideIdOf('Windows Server/USB DOS Boot.mdx')).toBe('windows-server/usb-dos-boot');
    expect(guideIdOf('windows-server/index.mdx')).toBe('windows-server');
  });
});

describe('frontmatterOf', () => {
  it('reads every guide\'s frontmatter into data its schema accepts', () => {
    const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(guideSchema.safeParse(frontmatterOf(readFileSync(join(base, file), 'utf8'), file)).success, file).toBe(true);
  });

  it('names the file when there is no frontmatter or it is not YAML fields', () => {
    expect(() => frontmatterOf('# Title\n', 'a.mdx')).toThrow('a.mdx: no frontmatter');
    expect(() => frontmatterOf('---\ntitle: [\n---\n', 'b.mdx')).toThrow('b.mdx: its frontmatter is not valid YAML');
    expect(() => frontmatterOf('---\n- a\n---\n', 'c.mdx')).toThrow('c.mdx: its frontmatter is not a set of fields.');
  });
});
