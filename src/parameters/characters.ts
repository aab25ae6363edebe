/**
 * Characters that matter to more than one module: what PowerShell reads as quotes and dashes, and
 * what must never be part of a value because the page would show something other than what runs.
 */

/** PowerShell reads these typographic quotes as quotes too (its tokenizer's IsSingleQuote / IsDoubleQuote). */
export const PS_SINGLE_QUOTE = /['\u2018\u2019\u201A\u201B]/;
export const PS_DOUBLE_QUOTE = /["\u201C\u201D\u201E]/;
/** PowerShell reads these as a hyphen where a parameter or operator may start (its tokenizer's IsDash). */
export const PS_DASH = /[-\u2013\u2014\u2015]/;

/**
 * Characters that no quoting makes inert in a line both cmd.exe and PowerShell read (admins paste
 * Command Prompt lines into PowerShell): % and ! expand in cmd.exe even inside quotes, $ and the
 * backtick are code inside PowerShell's "...", and any double quote ends the quotes in one of them.
 */
export const BOTH_SHELLS = /[%!$`"\u201C\u201D\u201E]/;

/** Line breaks in any shell or browser: a value is one line. */
export const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/**
 * Characters a reader cannot see, or that change how the text around them is shown: controls (Cc),
 * format characters (Cf: zero-width, bidirectional embeddings, overrides and isolates, BOM, soft hyphen),
 * every other default-ignorable code point (Hangul fillers, variation selectors...), line and paragraph
 * separators, private-use, unassigned and lone surrogate code points, and spaces other than U+0020
 * (PowerShell splits words at a no-break space; cmd.exe does not).
 */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/u;

/** Every unseen character of a text (the same set as `firstUnseen`), for spelling them out. */
export const EVERY_UNSEEN = new RegExp(UNSEEN.source, 'gu');

/** The first character of `text` that is not shown as itself, with its 0-based index; undefined when there is none. */
export function firstUnseen(text: string): { character: string; index: number } | undefined {
  const match = UNSEEN.exec(text);
  return match ? { character: match[0], index: match.index } : undefined;
}

/** A value cannot start with a combining mark: it would merge with the quote or character shown before it. */
export const LEADING_MARK = /^\p{M}/u;
