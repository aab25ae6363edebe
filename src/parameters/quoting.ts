/**
 * Where a value lands in a command: inside a PowerShell '...' or "..." string, as a bare
 * PowerShell or cmd.exe argument, inside a cmd.exe "...", or in plain text.
 */
export type QuotingContext = 'ps-single' | 'ps-double' | 'ps-bare' | 'cmd-bare' | 'cmd-quoted' | 'text';

const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;
const CONTROL = /[\u0000-\u001F\u007F]/;

/** PowerShell reads these typographic quotes as quotes too (its tokenizer's IsSingleQuote / IsDoubleQuote). */
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;
const PS_DOUBLE_ESCAPES = /[`$"\u201C\u201D\u201E]/g;

/** A bare PowerShell argument that PowerShell reads as the same plain string. */
const PS_BARE_SAFE = /^[A-Za-z_][A-Za-z0-9_.\\:-]*$/;
/** Characters that end or change a bare cmd.exe argument (or netsh's reading of it). */
const CMD_SPECIAL = /[\s&|<>^(),;=!"]/;

function refuse(value: string, where: string): never {
  throw new Error(`This value cannot be put safely ${where}: ${JSON.stringify(value)}`);
}

/** Writes a value so that, where it lands, the shell reads exactly that value as one token. */
export function quoteValue(value: string, context: QuotingContext): string {
  if (context === 'text') return value;
  if (LINE_BREAK.test(value) || CONTROL.test(value)) refuse(value, 'in a command (it has a line break or control character)');
  switch (context) {
    case 'ps-single':
      return value.replace(PS_SINGLE_QUOTES, (quote) => quote + quote);
    case 'ps-double':
      return value.replace(PS_DOUBLE_ESCAPES, (character) => `\`${character}`);
    case 'ps-bare':
      return PS_BARE_SAFE.test(value) ? value : `'${quoteValue(value, 'ps-single')}'`;
    case 'cmd-bare':
      if (/["%]/.test(value)) refuse(value, 'in a cmd.exe command');
      return value !== '' && !CMD_SPECIAL.test(value) ? value : `"${value}"`;
    case 'cmd-quoted':
      if (/["%]/.test(value)) refuse(value, 'in a cmd.exe command');
      return value;
  }
}
