const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2015-11" -> "November 2015"; "2015-11-03" -> "3 November 2015". */
export function formatMonth(date: string): string {
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!year || !name) throw new Error(`Not a YYYY-MM date: "${date}"`);
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** A date shown to readers, in UTC so the build machine's time zone does not matter. */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The reader's own calendar day ("2 December 2026", local time): the date a runbook was printed. */
export function formatLocalDay(date: Date): string {
  return date.toLocaleDateString('en-GB', { dateStyle: 'long' });
}
