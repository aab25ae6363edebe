import { describe, expect, it } from 'vitest';
import { checkedDateProblem, checkedStatus, isStale, parseDay, staleFrom, staleWarning } from '../../../src/guides/checked';

const day = (text: string): Date => new Date(`${text}T00:00:00Z`);

describe('parseDay', () => {
  it('reads a real YYYY-MM-DD day as a UTC date', () => {
    expect(parseDay('2026-12-06')?.toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(parseDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses days that do not exist and other spellings', () => {
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-12-6', '06/12/2026', '2026-12', '']) {
      expect(parseDay(text), text).toBeUndefined();
    }
  });
});

describe('checkedDateProblem', () => {
  const today = new Date('2026-12-06T15:30:00Z');

  it('accepts today (whatever the hour) and any earlier real day', () => {
    expect(checkedDateProblem('2026-12-06', today)).toBeUndefined();
    expect(checkedDateProblem('2012-12-01', today)).toBeUndefined();
  });

  it('refuses tomorrow, and says why', () => {
    expect(checkedDateProblem('2026-12-07', today)).toBe('checked is in the future (2026-12-07): give the day the guide was really checked');
  });

  it('refuses a day that does not exist, and says how to write it', () => {
    expect(checkedDateProblem('2026-02-30', today)).toBe('checked must be a real date written "YYYY-MM-DD" (got "2026-02-30")');
  });
});

describe('staleness', () => {
  it('becomes stale on the same day 12 months later, not a day before', () => {
    expect(isStale(day('2025-12-06'), new Date('2026-12-05T23:59:59Z'))).toBe(false);
    expect(isStale(day('2025-12-06'), new Date('2026-12-06T00:00:00Z'))).toBe(true);
    expect(isStale(day('2025-11-06'), day('2026-12-06'))).toBe(true);
  });

  it('counts 29 February as 1 March a year later', () => {
    expect(staleFrom(day('2024-02-29')).toISOString().slice(0, 10)).toBe('2025-03-01');
  });

  it('labels a fresh guide "Checked" and a stale one "Not checked since"', () => {
    expect(checkedStatus('2026-12-06', day('2026-12-06'))).toEqual({
      stale: false,
      label: 'Checked 6 December 2026',
      heading: 'Checked',
      day: '6 December 2026',
      datetime: '2026-12-06',
    });
    expect(checkedStatus('2025-11-06', day('2026-12-06'))).toMatchObject({ stale: true, label: 'Not checked since 6 November 2025' });
  });

  it('names the file in the build warning', () => {
    expect(staleWarning('content/guides/windows-server/old.mdx', '2025-11-06')).toBe(
      'content/guides/windows-server/old.mdx: not checked since 6 November 2025 (12 months or more): check it against its sources again and update checked and checkedAgainst.',
    );
  });
});
