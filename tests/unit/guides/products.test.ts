import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCTS, isKnownProduct } from '../../../src/guides/products';
import { guideSchema } from '../../../src/guides/schema';

const valid = {
  title: 'Fix the SBS web site',
  summary: 'Rebind the TS Gateway certificate.',
  group: 'small-business-server',
  order: 2,
  topics: ['IIS'],
  appliesTo: ['Small Business Server 2008'],
  lastUpdated: '2026-11-25',
  checked: '2026-11-25',
  checkedAgainst: ['Small Business Server 2008'],
  post: 'SBS 2008 SharePoint Install Breaks Default SBS Web Site',
  sources: [{ title: 'System Error Codes (1300-1699)', publisher: 'Microsoft Learn', url: 'https://learn.microsoft.com/' }],
};

describe('appliesTo uses known product names', () => {
  it('accepts canonical names, and a range written "<product> or later"', () => {
    expect(guideSchema.safeParse({ ...valid, appliesTo: ['Small Business Server 2008', 'Windows Server 2008'] }).success).toBe(true);
    expect(guideSchema.safeParse({ ...valid, appliesTo: ['Windows Server 2012 R2 or later'] }).success).toBe(true);
  });

  it.each([
    ['a tag copied from the post', '2008'],
    ['an abbreviation', 'SBS 2008'],
    ['a near-miss spelling', 'Windows Server 2008R2'],
    ['a qualifier glued to the name', 'Essential Business Server 2008 (Security Server)'],
    ['a different case', 'windows 7'],
    ['"or later" alone', 'or later'],
  ])('refuses %s, naming the entry, its place and the allowed names', (_case, entry) => {
    const result = guideSchema.safeParse({ ...valid, appliesTo: ['Windows 7', entry] });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['appliesTo', 1]);
    expect(issue?.message).toContain(`"${entry}" is not a known product name`);
    expect(issue?.message).toContain('Small Business Server 2008, Essential Business Server 2008');
    expect(issue?.message).toContain('src/guides/products.ts');
  });

  it('has one canonical spelling per product (no duplicates, no two names differing only in case or spacing)', () => {
    const folded = PRODUCTS.map((name) => name.toLowerCase().replace(/\s+/g, ''));
    expect(new Set(folded).size).toBe(PRODUCTS.length);
    expect(PRODUCTS.filter((name) => name !== name.trim() || /\s{2}/.test(name))).toEqual([]);
  });

  it('every guide of the site names only known products', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
      );
    })(join(root, 'content', 'guides'));
    expect(files.length).toBeGreaterThan(10);
    const unknown = files.flatMap((file) => {
      const line = /^appliesTo: \[(.*)\]$/m.exec(readFileSync(file, 'utf8'))?.[1];
      if (line === undefined) return [`${relative(root, file)}: no one-line appliesTo`];
      return line
        .split(',')
        .map((entry) => entry.trim().replace(/^"(.*)"$/, '$1'))
        .filter((entry) => !isKnownProduct(entry))
        .map((entry) => `${relative(root, file)}: ${entry}`);
    });
    expect(unknown).toEqual([]);
  });
});
