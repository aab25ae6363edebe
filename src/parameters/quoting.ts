/**
 * Where a value lands in a command: inside a PowerShell '...' or "..." string or a @'...'@
 * here-string, as a bare PowerShell or cmd.exe argument, inside a cmd.exe "...", in a comment,
 * or in plain text (a code block of no shell).
 */
export type QuotingContext = 'ps-single' | 'ps-here-single' | 'ps-double' | 'ps-bare' | 'cmd-bare' | 'cmd-quoted' | 'comment' | 'text';

const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;
const CONTROL = /[\u0000-\u001F\u007F]/;

/** PowerShell reads these typographic quotes as quotes too (its tokenizer's IsSingleQuote / IsDoubleQuote). */
export const PS_SINGLE_QUOTE = /['\u2018\u2019\u201A\u201B]/;
export const PS_DOUBLE_QUOTE = /["\u201C\u201D\u201E]/;
const PS_SINGLE_QUOTES = new RegExp(PS_SINGLE_QUOTE.source, 'g');
const PS_DOUBLE_ESCAPES = new RegExp(`[\`$]|${PS_DOUBLE_QUOTE.source}`, 'g');

/** A value inside PowerShell '...': each quote doubled. */
const psSingle = (value: string): string => value.replace(PS_SINGLE_QUOTES, (quote) => quote + quote);

/** Characters that end or change a bare cmd.exe argument (or netsh's reading of it). */
const CMD_SPECIAL = /[\s&|<>^(),;=!"]/;

/** A value written for its place, or why it cannot go there. */
export type Placement = { ok: true; text: string } | { ok: false; message: string };

const refuse = (why: string): Placement => ({ ok: false, message: `This value cannot be put safely ${why}.` });
const place = (text: string): Placement => ({ ok: true, text });

/** Writes a value so that, where it lands, the shell reads exactly that value as one token, or says why no writing is safe there. */
export function placeValue(value: string, context: QuotingContext): Placement {
  if (context === 'text') return place(value);
  // A line break would end a comment or start a new command in every shell context.
  if (LINE_BREAK.test(value) || CONTROL.test(value)) return refuse('in a command: it has a line break or a control character');
  switch (context) {
    case 'ps-single':
      return place(psSingle(value));
    case 'ps-here-single':
      // Nothing is escaped in a here-string; only '@ at the start of a line ends it.
      return PS_SINGLE_QUOTE.test(value[0] ?? '') && value[1] === '@' ? refuse("in a PowerShell here-string: it starts with '@") : place(value);
    case 'ps-double':
      return place(value.replace(PS_DOUBLE_ESCAPES, (character) => `\`${character}`));
    case 'ps-bare':
      // Always a string: a bare word where PowerShell expects an expression would run as a command.
      return place(`'${psSingle(value)}'`);
    case 'cmd-bare':
    case 'cmd-quoted':
      // cmd.exe expands %...% even inside quotes and has no escape for " inside them.
      if (/["%]/.test(value)) return refuse('in a cmd.exe command: it has " or %');
      return place(context === 'cmd-quoted' || (value !== '' && !CMD_SPECIAL.test(value)) ? value : `"${value}"`);
    case 'comment':
      return value.includes('#>') ? refuse('in a PowerShell comment: it has #>') : place(value);
  }
}

/** placeValue for the build: throws when the value cannot go there, so no page shows an unsafe command. */
export function quoteValue(value: string, context: QuotingContext): string {
  const placed = placeValue(value, context);
  if (!placed.ok) throw new Error(`${placed.message} Value: ${JSON.stringify(value)}`);
  return placed.text;
}
