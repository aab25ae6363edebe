import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatLocalDay, formatMonth } from '../../../src/guides/dates';

describe('formatMonth and formatDay', () => {
  it('write a month or a day as readers read it, the build in UTC', () => {
    expect(formatMonth('2015-11')).toBe('November 2015');
    expect(formatMonth('2015-11-03')).toBe('3 November 2015');
    expect(formatDay(new Date('2026-12-01T23:30:00Z'))).toBe('1 December 2026');
  });
});

describe('formatLocalDay', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('writes the day in the same words as the build dates', () => {
    expect(formatLocalDay(new Date(2026, 11, 2, 12))).toBe('2 December 2026');
    expect(formatLocalDay(new Date(2015, 10, 3, 12))).toBe(formatMonth('2015-11-03'));
  });

  it("gives the reader's own day, not UTC's: a runbook printed in Auckland on the morning of the 2nd says the 2nd", () => {
    process.env['TZ'] = 'Pacific/Auckland';
    expect(formatLocalDay(new Date('2026-12-01T23:30:00Z'))).toBe('2 December 2026');
    process.env['TZ'] = 'America/Los_Angeles';
    expect(formatLocalDay(new Date('2026-12-02T05:30:00Z'))).toBe('1 December 2026');
  });
});
