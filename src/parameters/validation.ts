import { firstUnseen, LEADING_MARK, LINE_BREAK } from './characters';
import type { Problem } from './problems';

/**
 * The core of value checking, shared by build and browser: the checks every type makes, and the
 * helpers the validators (validators/*.ts, one module per family of types) are written with. The
 * browser loads only the families a page's parameters use.
 */

/** A checked value: canonical when valid, else what is wrong (its words load only when needed: problem-messages.ts). */
export type ValueCheck = { ok: true; value: string } | { ok: false; problem: Problem };

/** Checks one type's rules on a value already through the common checks (trimmed, one line, nothing unseen). */
export type Validator = (text: string) => ValueCheck;

export const fail = (problem: Problem): ValueCheck => ({ ok: false, problem });
export const pass = (value: string): ValueCheck => ({ ok: true, value });

/** The first character of `text` that is in `forbidden` or matches one of the patterns. */
export function firstOf(text: string, forbidden: string, ...patterns: readonly RegExp[]): string | undefined {
  return [...text].find((character) => forbidden.includes(character) || patterns.some((pattern) => pattern.test(character)));
}

/** Checks a value typed by a reader (or taken from a link) with its type's validator, and gives its canonical form. */
export function checkValue(validator: Validator, raw: string): ValueCheck {
  const text = raw.trim();
  if (LINE_BREAK.test(text)) return fail({ code: 'oneLine' });
  if (text.length > 1000) return fail({ code: 'farTooLong' });
  // What the page shows must be what runs: no invisible, direction-changing or look-alike characters, in any type.
  const unseen = firstUnseen(text);
  if (unseen) return fail({ code: 'unseenCharacter', character: unseen.character, position: [...text.slice(0, unseen.index)].length + 1 });
  if (LEADING_MARK.test(text)) return fail({ code: 'leadingMark' });
  return validator(text);
}
