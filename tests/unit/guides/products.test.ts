import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PRODUCTS, isKnownProduct } from '../../../src/guides/products';
import { guideSchema } from '../../../src/guides/schema';
import { GUIDE_SOURCES } from '../../support/guides';

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
    // Read with js-yaml alone, not the site's schema (which would refuse an unknown product before this test looks).
    expect(GUIDE_SOURCES.length).toBeGreaterThan(10);
    const unknown = GUIDE_SOURCES.flatMap(({ file, source }) => {
      const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '') as { appliesTo?: unknown };
      if (!Array.isArray(data.appliesTo)) return [`${file}: no appliesTo list`];
      return data.appliesTo.filter((entry) => typeof entry !== 'string' || !isKnownProduct(entry)).map((entry) => `${file}: ${String(entry)}`);
    });
    expect(unknown).toEqual([]);
  });
});
