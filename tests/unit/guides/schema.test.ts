import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../../src/guides/schema';

const valid = {
  title: 'Prepare Active Directory for group writeback',
  summary: 'Create the OU and permissions.',
  group: 'azure-ad-connect-writeback',
  order: 2,
  topics: ['Azure AD Connect'],
  appliesTo: ['Azure AD Connect'],
  lastUpdated: '2026-11-25',
};

describe('guide frontmatter schema', () => {
  it('accepts a complete guide and fills the defaults', () => {
    const parsed = guideSchema.parse(valid);
    expect(parsed.errorMessages).toEqual([]);
    expect(parsed.updates).toEqual([]);
    expect(parsed.lastUpdated.toISOString().slice(0, 10)).toBe('2026-11-25');
  });

  it('refuses a guide without a title, naming the field', () => {
    const result = guideSchema.safeParse({ ...valid, title: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['title']);
    expect(result.error?.issues[0]?.message).toBe('every guide needs a title');
  });

  it('refuses unknown fields, so a misspelt field is not silently ignored', () => {
    const result = guideSchema.safeParse({ ...valid, errorMessage: ['typo'] });
    expect(result.success).toBe(false);
  });

  it('refuses update notes without a YYYY-MM date', () => {
    expect(guideSchema.safeParse({ ...valid, updates: [{ date: 'November 2015', note: 'x' }] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...valid, updates: [{ date: '2015-11', note: 'x' }] }).success).toBe(true);
  });

  it('needs at least one topic and one product', () => {
    expect(guideSchema.safeParse({ ...valid, topics: [] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...valid, appliesTo: [] }).success).toBe(false);
  });
});
