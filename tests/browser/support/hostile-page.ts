import type { Page } from 'playwright-core';
import { findCodeBlocks } from '../../../src/guides/code-blocks';
import { pageParameters } from '../../../src/parameters/page-parameters';
import { ParameterPage, type ValueView } from '../../../src/parameters/page-state';
import { renderCode } from '../../../src/parameters/placeholders';
import { placeValue, type QuotingContext } from '../../../src/parameters/quoting';
import { exampleValues, PARAMETERS } from '../../../src/parameters/registry';
import { GUIDE_FILES } from '../../support/guides';
import { HOSTILE_VALUES, type HostileValue } from '../../support/hostile-values';

/** What the hostile-value browser tests share: the pages' value spans, typing, links as an attacker sends them. */

/** A value's span in the code as the page shows it. */
export interface ShownSpan {
  name: string;
  context: QuotingContext;
  text: string;
  fromLink: boolean;
}

/** A parameter and the quoting context of one of its places, in the order the page shows them. */
export interface SpanPlace {
  name: string;
  context: QuotingContext;
}

export const TYPED_ONLY = new Set<string>(PARAMETERS.filter((parameter) => 'typedOnly' in parameter && parameter.typedOnly).map((parameter) => parameter.name));

/**
 * Where each value of a guide goes, from its MDX and the pure modules, not from the built page: the oracle for
 * the spans' `data-context`, so that a build that marked a '...' place as "..." would be caught.
 */
export function placesFromSource(path: string): SpanPlace[] {
  const guide = GUIDE_FILES.find((candidate) => candidate.path === path);
  if (!guide) throw new Error(`no guide source for ${path}`);
  const examples = exampleValues();
  return findCodeBlocks(guide.body).flatMap((block) =>
    renderCode(block.language, block.code, examples).placeholders.map(({ name, context }) => ({ name, context })),
  );
}

/** The text each place must show: the value quoted for its place, or invalid everywhere when it is invalid or cannot be placed in one of them. */
export function expectedSpans(view: Record<string, ValueView>, places: readonly SpanPlace[]): { texts: string[]; invalid: Set<string> } {
  const invalid = new Set<string>();
  for (const place of places) {
    const entry = view[place.name];
    if (!entry?.valid || !placeValue(entry.value, place.context).ok) invalid.add(place.name);
  }
  const texts = places.map((place) => {
    const placed = placeValue(view[place.name]?.value ?? '', place.context);
    return invalid.has(place.name) || !placed.ok ? `<${place.name}: invalid>` : placed.text;
  });
  return { texts, invalid };
}

/**
 * Types into fields as a reader does (input events; undefined: the field's example) and gives what each field
 * holds. One round trip for all fields: the table is long.
 */
export function fill(page: Page, values: Record<string, string | undefined>): Promise<Record<string, string>> {
  return page.evaluate((wanted) => {
    const held: Record<string, string> = {};
    for (const [name, value] of Object.entries(wanted)) {
      const input = document.querySelector<HTMLInputElement>(`guide-parameters input[name="${name}"]`)!;
      input.value = value ?? input.dataset['example'] ?? '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      held[name] = input.value;
    }
    return held;
  }, values);
}

/** The names of the page's fields, in order. */
export function fieldNames(page: Page): Promise<string[]> {
  return page.locator('guide-parameters input[name]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
}

/**
 * A value as an attacker's link carries it: percent-encoded UTF-8, and a lone surrogate (which
 * encodeURIComponent refuses) as the three bytes a crafted link would hold for it.
 */
export function asLinkSends(value: string): string {
  return [...value]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
      }
      return encodeURIComponent(char);
    })
    .join('');
}

/**
 * Characters whose trip through a link or memory is a case of its own: a lone surrogate (invalid UTF-8 in a link),
 * line breaks (a text field drops them; a link and memory keep them), `+` and `%` (a query string's space and escape).
 */
const LINK_SPECIAL = /[\uD800-\uDFFF]|[\n\r\u2028\u2029]|[+%]/;

/**
 * The rows a field gets by link or from memory, where each costs a page load: one row for each way of refusing
 * (every refused row renders the same state: `<name: invalid>`, Copy and Download refused), every row whose trip
 * through a link or storage is a case of its own, and the rows the field accepts (valid for its type and
 * placeable wherever it sits): all of them by link, which an attacker writes; one from memory, which holds what
 * the reader typed (a JSON round trip, lossless: the typed pass tries every row). Which rows are refused, and why,
 * is tested row by row in the unit tests.
 */
export function loadRows(names: readonly string[], places: readonly SpanPlace[], accepted: 'all' | 'one'): HostileValue[][] {
  return names.map((name) => {
    const seen = new Set<string>();
    return HOSTILE_VALUES.filter((row, index) => {
      const state = new ParameterPage(pageParameters(names), '', {});
      state.type(name, row.value);
      const entry = state.view()[name]!;
      const refusal = !entry.valid
        ? `invalid ${entry.problem?.code}`
        : places
            .filter((place) => place.name === name)
            .map((place) => placeValue(entry.value, place.context))
            .map((placed) => (placed.ok ? '' : `unplaceable ${placed.problem.code}`))
            .find((code) => code !== '');
      const kind = refusal ?? (accepted === 'all' ? `accepted ${index}` : 'accepted');
      const keep = !seen.has(kind) || LINK_SPECIAL.test(row.value);
      seen.add(kind);
      return keep;
    });
  });
}

/** Load n of a spread: the nth row of each field's list (a field whose list is shorter keeps its example). */
export function rowsOfLoad(names: readonly string[], rows: readonly HostileValue[][], load: number): [string, HostileValue][] {
  return names.flatMap((name, index) => {
    const row = rows[index]![load];
    return row ? [[name, row] as [string, HostileValue]] : [];
  });
}
