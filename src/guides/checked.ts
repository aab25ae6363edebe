/**
 * When a guide was last checked against its sources, and whether that is too long ago to trust.
 * Pure: "today" is always passed in, so the page, the build warning and the tests agree.
 */
import { formatDay } from './dates';

/** A guide not checked for this many months shows "Not checked since ..." and the build warns. */
export const STALE_AFTER_MONTHS = 12;

/** A real calendar day written YYYY-MM-DD, as a UTC date; undefined for anything else (2026-02-30 included). */
export function parseDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March: a day that does not exist comes back different.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}

/** The start of `today`'s UTC day, so a date checked today is never "in the future" a few hours later. */
function startOfDay(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}

/** What is wrong with a `checked` value, or undefined when it is a real day that is not after `today`. */
export function checkedDateProblem(text: string, today: Date): string | undefined {
  const date = parseDay(text);
  if (!date) return `checked must be a real date written "YYYY-MM-DD" (got "${text}")`;
  if (date.getTime() > startOfDay(today).getTime()) return `checked is in the future (${text}): give the day the guide was really checked`;
  return undefined;
}

/** The day a guide becomes stale: its checked date plus 12 calendar months (29 February counts as 1 March). */
export function staleFrom(checked: Date): Date {
  return new Date(Date.UTC(checked.getUTCFullYear() + STALE_AFTER_MONTHS / 12, checked.getUTCMonth(), checked.getUTCDate()));
}

export function isStale(checked: Date, today: Date): boolean {
  return startOfDay(today).getTime() >= staleFrom(checked).getTime();
}

export interface CheckedStatus {
  stale: boolean;
  /** "Checked 6 December 2026" or "Not checked since 6 December 2025". */
  label: string;
  /** The heading: "Checked" or "Not checked since". */
  heading: string;
  /** "6 December 2026". */
  day: string;
  /** YYYY-MM-DD, for a <time datetime>. */
  datetime: string;
}

export function checkedStatus(checked: string, today: Date): CheckedStatus {
  const date = parseDay(checked);
  if (!date) throw new Error(checkedDateProblem(checked, today));
  const stale = isStale(date, today);
  const heading = stale ? 'Not checked since' : 'Checked';
  return { stale, label: `${heading} ${formatDay(date)}`, heading, day: formatDay(date), datetime: checked };
}

/** The build's warning for a stale guide: the file to fix and what to do. */
export function staleWarning(file: string, checked: string): string {
  const date = parseDay(checked);
  const when = date ? formatDay(date) : checked;
  return `${file}: not checked since ${when} (${STALE_AFTER_MONTHS} months or more): check it against its sources again and update checked and checkedAgainst.`;
}
