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

/** A UTF-16 surrogate without its pair (a pair, as in a tag character, is one code point). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

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
 * Characters whose trip is a case of its own, each a class with one row to try: by link, what the browser's URL
 * parser may rewrite or a query string reads differently (a lone surrogate is invalid UTF-8 in a link, `+` is a
 * query string's space, `%` its escape, line breaks are dropped by a text field but kept by a link); from memory,
 * what a JSON round trip through storage could change (a lone surrogate, line breaks).
 */
const SPECIAL = {
  link: { 'lone surrogate': LONE_SURROGATE, 'line break': /[\n\r]/, 'line separator': /[\u2028\u2029]/, plus: /\+/, percent: /%/ },
  memory: { 'lone surrogate': LONE_SURROGATE, 'line break': /[\n\r]/, 'line separator': /[\u2028\u2029]/ },
} as const satisfies Record<string, Record<string, RegExp>>;

/**
 * What a field of the page makes of a value typed into it: refused by its validator, valid but refused where it
 * sits (a place whose quoting cannot hold it), or accepted (the pure modules', not the page's, answer).
 */
export function rowFate(names: readonly string[], places: readonly SpanPlace[], name: string, value: string): 'invalid' | 'unplaceable' | 'accepted' {
  const state = new ParameterPage(pageParameters(names), '', {});
  state.type(name, value);
  const entry = state.view()[name]!;
  if (!entry.valid) return 'invalid';
  return places.some((place) => place.name === name && !placeValue(entry.value, place.context).ok) ? 'unplaceable' : 'accepted';
}

/**
 * The rows a field gets by link or from memory, where each costs a page load: one load per state the page can
 * render, not one per row. Every refused row renders the same state (`<name: invalid>`, Copy and Download
 * refused), so a field gets one row refused by its validator and one valid but refused where it sits (the two
 * ways the browser reaches that state), one row it accepts, and one row of each class of characters whose trip
 * is a case of its own. That every row reaches the page's state by link and from memory as the same value as
 * typed is proven row by row in the unit tests (tests/unit/parameters/page-state.test.ts); the browser's typed
 * pass types every row.
 */
export function loadRows(names: readonly string[], places: readonly SpanPlace[], way: keyof typeof SPECIAL): HostileValue[][] {
  return names.map((name) => {
    const seen = new Set<string>();
    return HOSTILE_VALUES.filter((row) => {
      const kind = rowFate(names, places, name, row.value);
      const classes = Object.entries(SPECIAL[way]).filter(([, pattern]) => pattern.test(row.value)).map(([special]) => special);
      const fresh = [kind, ...classes].filter((key) => !seen.has(key));
      for (const key of fresh) seen.add(key);
      return fresh.length > 0;
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
