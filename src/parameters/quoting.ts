import { BOTH_SHELLS, firstUnseen, LINE_BREAK, PS_DOUBLE_QUOTE, PS_SINGLE_QUOTE } from './characters';
import type { Problem } from './problems';

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

/** A value written for its place, or why it cannot go there (problem-messages.ts has the words). */
export type Placement = { ok: true; text: string } | { ok: false; problem: Problem };

const refuse = (problem: Problem): Placement => ({ ok: false, problem });
const place = (text: string): Placement => ({ ok: true, text });

/** What quoteValue throws: the problem, for whoever has the words to say it (the build: placeholders.ts). */
export class PlacementError extends Error {
  constructor(
    readonly problem: Problem,
    value: string,
  ) {
    super(`This value cannot be put safely where it sits (${problem.code}): ${JSON.stringify(value)}`);
  }
}

/** Writes a value so that, where it lands, the shell reads exactly that value as one token, or says why no writing is safe there. */
export function placeValue(value: string, context: QuotingContext): Placement {
  // An invisible or direction-changing character would make the code look different from what runs.
  const unseen = firstUnseen(value.replace(/[\r\n]/g, ''));
  if (unseen) return refuse({ code: 'unseenCharacter', character: unseen.character, position: [...value.slice(0, unseen.index)].length + 1 });
  if (context === 'text') return place(value);
  // A line break would end a comment or start a new command in every shell context.
  if (LINE_BREAK.test(value)) return refuse({ code: 'oneLine' });
  switch (context) {
    case 'ps-single':
      return place(psSingle(value));
    case 'ps-here-single':
      // Nothing is escaped in a here-string; only '@ at the start of a line ends it.
      return PS_SINGLE_QUOTE.test(value[0] ?? '') && value[1] === '@' ? refuse({ code: 'hereStringEnd' }) : place(value);
    case 'ps-double':
      return place(value.replace(PS_DOUBLE_ESCAPES, (character) => `\`${character}`));
    case 'ps-bare':
      // Always a string: a bare word where PowerShell expects an expression would run as a command.
      return place(`'${psSingle(value)}'`);
    case 'cmd-bare':
    case 'cmd-quoted': {
      // Inside "..." cmd.exe still expands %...% (and !...! with delayed expansion) and has no escape
      // for ", and PowerShell still expands $ and ` and ends the string at any of its double quotes.
      const character = [...value].find((candidate) => BOTH_SHELLS.test(candidate));
      if (character) return refuse({ code: 'cmdCharacter', character });
      // The program reads its command line with the C runtime's rules, where \" is an escaped quote.
      if (value.endsWith('\\')) return refuse({ code: 'cmdBackslash' });
      return place(context === 'cmd-quoted' || CMD_BARE.test(value) ? value : `"${value}"`);
    }
    case 'comment':
      return value.includes('#>') ? refuse({ code: 'commentEnd' }) : place(value);
  }
}

/** placeValue for the build and the scripts: throws a PlacementError when the value cannot go there, so no page or file has an unsafe command. */
export function quoteValue(value: string, context: QuotingContext): string {
  const placed = placeValue(value, context);
  if (!placed.ok) throw new PlacementError(placed.problem, value);
  return placed.text;
}
