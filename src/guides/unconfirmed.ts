/**
 * Claims that no source could confirm, marked in a guide with `<Unconfirmed>...</Unconfirmed>`, and the
 * build's report of them. Pure: the build step reads the built pages and passes their HTML in.
 */

/** An `<Unconfirmed>` element found in a guide's MDX source. */
export interface UnconfirmedElement {
  line: number;
}

/** Finds the `<Unconfirmed>` elements of an MDX body (code blocks excluded), with their 1-based line numbers. */
export function findUnconfirmedElements(body: string): UnconfirmedElement[] {
  const found: UnconfirmedElement[] = [];
  let inFence = false;
  body.split('\n').forEach((text, index) => {
    if (/^\s*```/.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const _match of text.matchAll(/<Unconfirmed[\s>]/g)) found.push({ line: index + 1 });
  });
  return found;
}

/** The attribute the component writes on each unconfirmed claim; the build counts it in the built pages. */
export const UNCONFIRMED_ATTRIBUTE = 'data-unconfirmed';
/** The attribute a guide page writes when its checked date is stale; its value is the guide's id. */
export const STALE_ATTRIBUTE = 'data-checked-stale';
/** The attribute that holds a guide's checked date (YYYY-MM-DD) on the same element. */
export const CHECKED_ATTRIBUTE = 'data-checked';

/** How many unconfirmed claims a built page shows. */
export function countUnconfirmed(html: string): number {
  return [...html.matchAll(new RegExp(`<[a-z]+\\b[^>]*\\s${UNCONFIRMED_ATTRIBUTE}[\\s=>]`, 'g'))].length;
}

/** The stale guide a built page announces (its id and checked date), if any. */
export function staleGuide(html: string): { id: string; checked: string } | undefined {
  const element = new RegExp(`<[a-z]+\\b[^>]*\\s${STALE_ATTRIBUTE}="([^"]+)"[^>]*>`).exec(html);
  if (!element) return undefined;
  const checked = new RegExp(`\\s${CHECKED_ATTRIBUTE}="(\\d{4}-\\d{2}-\\d{2})"`).exec(element[0])?.[1];
  return checked ? { id: element[1] ?? '', checked } : undefined;
}

/** The build's closing line about unconfirmed claims. */
export function unconfirmedReport(perPage: ReadonlyMap<string, number>): string {
  const total = [...perPage.values()].reduce((sum, count) => sum + count, 0);
  const pages = [...perPage.entries()].filter(([, count]) => count > 0).sort(([a], [b]) => a.localeCompare(b));
  const list = pages.map(([page, count]) => `${page} (${count})`).join(', ');
  return `${total} unconfirmed claim${total === 1 ? '' : 's'} shown to readers${list ? `: ${list}` : ''}`;
}
