/**
 * The changes to the guides, newest first: what the feed and the "What's new" page list. Two kinds,
 * each dated by what its date truly means:
 * - a guide, dated by its `lastUpdated` (the last time the guide was revised; the guides do not
 *   record when this site first published them), with the month of the post it comes from when known;
 * - a dated update note from a guide's `updates` (the author's "[Update November 2015 ...]");
 * - a re-check, dated by its `checked` day, when the guide was checked against its sources after its
 *   last revision (a check on the day of a revision is part of that revision's entry).
 */
import { parseDay } from './checked';
import { formatDay, formatMonth } from './dates';
import { guideHref } from './navigation';

/** What this module needs to know of one guide. */
export interface ChangeSource {
  id: string;
  title: string;
  summary: string;
  lastUpdated: Date;
  /** When the post the guide comes from was written (YYYY-MM), where known. */
  published?: string | undefined;
  updates: ReadonlyArray<{ date: string; note: string }>;
  /** The day the guide was last checked against its sources (YYYY-MM-DD), and the product versions checked. */
  checked: string;
  checkedAgainst: readonly string[];
}

export interface GuideChange {
  kind: 'guide-updated' | 'guide-checked' | 'update-note';
  /** The guide page, with the note's anchor for an update note: unique per change, so it is the feed item's id. */
  href: string;
  guideTitle: string;
  /** The heading of the change in the feed and on the page. */
  title: string;
  /** As written: YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The date shown to readers ("November 2015", "25 November 2026"). */
  dateLabel: string;
  /** For sorting and the feed's pubDate: a month-only date counts as its first day. */
  sortDate: Date;
  text: string;
}

/** The anchor of each update note of a guide, in the order given; a second note of the same date gets "-2". */
export function updateNoteAnchors(updates: ReadonlyArray<{ date: string }>): string[] {
  const seen = new Map<string, number>();
  return updates.map(({ date }) => {
    const count = (seen.get(date) ?? 0) + 1;
    seen.set(date, count);
    return count === 1 ? `update-${date}` : `update-${date}-${count}`;
  });
}

function dateOf(date: string): Date {
  const [year, month, day = '01'] = date.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

export function guideChanges(guides: readonly ChangeSource[]): GuideChange[] {
  const changes: GuideChange[] = [];
  for (const guide of guides) {
    const href = guideHref(guide.id);
    const day = guide.lastUpdated.toISOString().slice(0, 10);
    const checkedDay = parseDay(guide.checked);
    const versions = guide.checkedAgainst.join(', ');
    const checkedSameDay = guide.checked === day;
    changes.push({
      kind: 'guide-updated',
      href,
      guideTitle: guide.title,
      title: guide.title,
      date: day,
      dateLabel: formatDay(guide.lastUpdated),
      sortDate: dateOf(day),
      text: `Guide last updated ${formatDay(guide.lastUpdated)}${guide.published ? `, adapted from a post of ${formatMonth(guide.published)}` : ''}.${checkedSameDay ? ` Checked against its sources that day, for ${versions}.` : ''} ${guide.summary}`,
    });
    if (checkedDay && checkedDay.getTime() > dateOf(day).getTime()) {
      changes.push({
        kind: 'guide-checked',
        href: `${href}#checked`,
        guideTitle: guide.title,
        title: `Re-checked: ${guide.title}`,
        date: guide.checked,
        dateLabel: formatDay(checkedDay),
        sortDate: checkedDay,
        text: `Checked against its sources on ${formatDay(checkedDay)}, for ${versions}, with no change to the guide since ${formatDay(guide.lastUpdated)}.`,
      });
    }
    const anchors = updateNoteAnchors(guide.updates);
    guide.updates.forEach((update, index) => {
      changes.push({
        kind: 'update-note',
        href: `${href}#${anchors[index]}`,
        guideTitle: guide.title,
        title: `Update to ${guide.title}`,
        date: update.date,
        dateLabel: formatMonth(update.date),
        sortDate: dateOf(update.date),
        text: update.note,
      });
    });
  }
  // Newest first; on the same date, re-checks, then guides, then notes, then by link, so the order never depends on file order.
  return changes.sort(
    (a, b) => b.sortDate.getTime() - a.sortDate.getTime() || a.kind.localeCompare(b.kind) || a.href.localeCompare(b.href),
  );
}
