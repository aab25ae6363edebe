import { firstUnseen, LINE_BREAK, PS_DOUBLE_QUOTE, PS_SINGLE_QUOTE } from './characters';

/**
 * Where a value lands in a command: inside a PowerShell '...' or "..." string or a @'...'@
 * here-string, as a bare PowerShell or cmd.exe argument, inside a cmd.exe "...", in a comment,
 * or in plain text (a code block of no shell).
 */
export type QuotingContext = 'ps-single' | 'ps-here-single' | 'ps-double' | 'ps-bare' | 'cmd-bare' | 'cmd-quoted' | 'comment' | 'text';

const PS_SINGLE_QUOTES = new RegExp(PS_SINGLE_QUOTE.source, 'g');
const PS_DOUBLE_ESCAPES = new RegExp(`[\`$]|${PS_DOUBLE_QUOTE.source}`, 'g');

/** A value inside PowerShell '...': each quote doubled. */
const psSingle = (value: string): string => value.replace(PS_SINGLE_QUOTES, (quote) => quote + quote);

/**
 * A value written bare in a Command Prompt line: one word for cmd.exe and for PowerShell (where admins
 * paste such lines), which reads neither as code nor as a parameter (a leading hyphen) nor splits at a
 * non-ASCII space. Anything else is written inside "...".
 */
const CMD_BARE = /^[A-Za-z0-9._:\\/+][A-Za-z0-9._:\\/+-]*$/;

/**
 * Why a character cannot be part of a value that cmd.exe and PowerShell both read, whatever the quoting;
 * undefined when quoting can make it inert. Inside "..." cmd.exe still expands %...% (and !...! with
 * delayed expansion) and has no escape for ", and PowerShell still expands $ and ` and ends the string
 * at any of its double quotes.
 */
export function bothShellsReason(character: string): string | undefined {
  if (character === '%') return 'cmd.exe expands %NAME% even inside quotes';
  if (character === '!') return 'cmd.exe expands !NAME! when delayed expansion is on, even inside quotes';
  if (character === '$') return 'PowerShell, where Command Prompt lines are often pasted, expands $ inside quotes, and $(...) runs a command';
  if (character === '`') return 'PowerShell, where Command Prompt lines are often pasted, reads the backtick as an escape character';
  if (PS_DOUBLE_QUOTE.test(character)) return 'a double quote would end the quotes around the value, in cmd.exe or in PowerShell (which reads \u201C \u201D \u201E as quotes too)';
  return undefined;
}

/** Why a value cannot be inert in a Command Prompt line, or undefined. */
function cmdRefusal(value: string): string | undefined {
  for (const character of value) {
    const why = bothShellsReason(character);
    if (why) return `it has ${character === '"' ? "'\"'" : `"${character}"`}: ${why}`;
  }
  // The program reads its command line with the C runtime's rules, where \" is an escaped quote.
  if (value.endsWith('\\')) return 'it ends with a backslash, which would escape the closing quote';
  return undefined;
}

/** A value written for its place, or why it cannot go there. */
export type Placement = { ok: true; text: string } | { ok: false; message: string };

const refuse = (why: string): Placement => ({ ok: false, message: `This value cannot be put safely ${why}.` });
const place = (text: string): Placement => ({ ok: true, text });

/** Writes a value so that, where it lands, the shell reads exactly that value as one token, or says why no writing is safe there. */
export function placeValue(value: string, context: QuotingContext): Placement {
  // An invisible or direction-changing character would make the code look different from what runs.
  const unseen = firstUnseen(value.replace(/[\r\n]/g, ''));
  if (unseen) {
    const code = `U+${unseen.character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
    return refuse(`in code: it has an invisible or direction-changing character (${code}); remove it`);
  }
  if (context === 'text') return place(value);
  // A line break would end a comment or start a new command in every shell context.
  if (LINE_BREAK.test(value)) return refuse('in a command: it has a line break; type it on one line');
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
    case 'cmd-quoted': {
      const why = cmdRefusal(value);
      if (why) return refuse(`in a Command Prompt line, which cmd.exe and PowerShell may both read: ${why}. Remove it, or rename what the value names`);
      return place(context === 'cmd-quoted' || CMD_BARE.test(value) ? value : `"${value}"`);
    }
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
