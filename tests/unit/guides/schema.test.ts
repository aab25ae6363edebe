import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guideSchema } from '../../../src/guides/schema';

const valid = {
  title: 'Prepare Active Directory for group writeback',
  summary: 'Create the OU and permissions.',
  group: 'azure-ad-connect-writeback',
  order: 2,
  topics: ['Azure AD Connect'],
  appliesTo: ['Azure AD Connect'],
  lastUpdated: '2026-11-25',
  checked: '2026-12-01',
  checkedAgainst: ['Microsoft Entra Connect 2.x'],
  post: 'Configuring Writeback Permissions in Active Directory for Azure Active Directory Sync',
  sources: [{ title: 'System Error Codes (1300-1699)', publisher: 'Microsoft Learn', url: 'https://learn.microsoft.com/' }],
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

  it('needs the post the guide comes from, and https sources with a publisher', () => {
    const { post: _post, ...withoutPost } = valid;
    const result = guideSchema.safeParse(withoutPost);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['post']);
    const source = { title: 'Azure AD Connect: Accounts and permissions', publisher: 'Microsoft Learn', url: 'https://learn.microsoft.com/' };
    expect(guideSchema.safeParse({ ...valid, sources: [source] }).success).toBe(true);
    expect(guideSchema.safeParse({ ...valid, sources: [{ ...source, url: 'http://example.com/' }] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...valid, sources: [{ ...source, publisher: '' }] }).success).toBe(false);
    const none = guideSchema.safeParse({ ...valid, sources: [] });
    expect(none.error?.issues[0]?.path).toEqual(['sources']);
    expect(none.error?.issues[0]?.message).toBe('every guide lists the official pages that back it under sources');
  });
});

describe('guide frontmatter schema: checked', () => {
  // The schema compares with the build's day: hold the clock at 6 December 2026, 10:00 UTC.
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const messageOf = (data: object): string | undefined => {
    const result = guideSchema.safeParse(data);
    return result.success ? undefined : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  };

  it('accepts a real day up to today, and keeps it as written', () => {
    expect(guideSchema.parse({ ...valid, checked: '2026-12-06' }).checked).toBe('2026-12-06');
    expect(guideSchema.parse({ ...valid, checked: '2012-12-01' }).checked).toBe('2012-12-01');
  });

  it('is required, with the versions it was checked against', () => {
    const { checked: _checked, ...withoutChecked } = valid;
    expect(messageOf(withoutChecked)).toBe('checked: every guide needs checked: "YYYY-MM-DD", in quotes, the day it was last checked against its sources');
    const { checkedAgainst: _against, ...withoutVersions } = valid;
    expect(messageOf(withoutVersions)).toMatch(/^checkedAgainst: /);
    expect(messageOf({ ...valid, checkedAgainst: [] })).toBe('checkedAgainst: say which product versions the guide was checked against');
  });

  it('refuses a day that does not exist, another spelling, or an unquoted YAML date', () => {
    expect(messageOf({ ...valid, checked: '2026-02-30' })).toBe('checked: checked must be a real date written "YYYY-MM-DD" (got "2026-02-30")');
    expect(messageOf({ ...valid, checked: '6 December 2026' })).toMatch(/^checked: checked must be a real date/);
    expect(messageOf({ ...valid, checked: new Date('2026-12-01') })).toMatch(/^checked: every guide needs checked: "YYYY-MM-DD", in quotes/);
  });

  it('refuses a day in the future', () => {
    expect(messageOf({ ...valid, checked: '2026-12-07' })).toBe('checked: checked is in the future (2026-12-07): give the day the guide was really checked');
  });
});
