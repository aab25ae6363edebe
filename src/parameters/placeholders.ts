import { PS_DOUBLE_QUOTE, PS_SINGLE_QUOTE } from './characters';
import { problemMessage } from './problem-messages';
import { PlacementError, quoteValue, type QuotingContext } from './quoting';

/**
 * `<<name>>` marks a reader value in a fenced code block: `<` is reserved in PowerShell (a parse
 * error) and `<<` is no cmd.exe or netsh syntax, so a placeholder cannot pass for real code.
 */
const PLACEHOLDER = /<<([A-Za-z][A-Za-z0-9]*)>>/g;

/** A placeholder in an author's code. */
export interface FoundPlaceholder {
  name: string;
  start: number;
  end: number;
  /** 1-based position in the code block. */
  line: number;
  column: number;
}

/** A value put in place of a placeholder: its offsets in the rendered code. */
export interface RenderedPlaceholder {
  name: string;
  context: QuotingContext;
  start: number;
  end: number;
}

/** Finds every placeholder of a code block with its position. */
export function findPlaceholders(code: string): FoundPlaceholder[] {
  return [...code.matchAll(PLACEHOLDER)].map((match) => {
    const before = code.slice(0, match.index);
    const line = before.split('\n').length;
    return {
      name: match[1] ?? '',
      start: match.index,
      end: match.index + match[0].length,
      line,
      column: match.index - before.lastIndexOf('\n'),
    };
  });
}

const POWERSHELL = new Set(['powershell', 'ps', 'ps1', 'pwsh']);
const CMD = new Set(['cmd', 'bat', 'batch']);

/**
 * Tells where a position of the code sits for quoting: reads PowerShell's comments, strings,
 * here-strings and $( ) inside strings, or cmd.exe's quotes and carets, up to `offset`.
 */
export function quotingContextAt(language: string, code: string, offset: number): QuotingContext {
  const lang = language.toLowerCase();
  if (POWERSHELL.has(lang)) return powershellContext(code, offset);
  if (CMD.has(lang)) return cmdContext(code, offset);
  return 'text';
}

/** After these (or at the start), `#` begins a comment; elsewhere it is part of a word (`a#b`). */
const TOKEN_BOUNDARY = /[\s;(){}|&,=]/;

type PowerShellState =
  | { kind: 'code'; parens: number; inString: boolean }
  | { kind: 'single' | 'double' | 'here-single' | 'here-double' | 'line-comment' | 'block-comment' };

/** A small PowerShell tokenizer: enough to know which kind of string or comment an offset is in. */
function powershellContext(code: string, offset: number): QuotingContext {
  const stack: PowerShellState[] = [{ kind: 'code', parens: 0, inString: false }];
  let index = 0;
  while (index < offset) {
    const placeholder = /^<<[A-Za-z][A-Za-z0-9]*>>/.exec(code.slice(index, index + 80));
    if (placeholder) {
      index += placeholder[0].length;
      continue;
    }
    const state = stack[stack.length - 1]!;
    const character = code[index] ?? '';
    const next = code[index + 1] ?? '';
    const atLineStart = index === 0 || code[index - 1] === '\n';
    let skip = 1;
    switch (state.kind) {
      case 'code':
        if (character === '@' && /^@'[ \t]*\r?\n/.test(code.slice(index))) {
          stack.push({ kind: 'here-single' });
          skip = 2;
        } else if (character === '@' && /^@"[ \t]*\r?\n/.test(code.slice(index))) {
          stack.push({ kind: 'here-double' });
          skip = 2;
        } else if (character === '<' && next === '#') {
          stack.push({ kind: 'block-comment' });
          skip = 2;
        } else if (character === '#' && (index === 0 || TOKEN_BOUNDARY.test(code[index - 1] ?? ''))) stack.push({ kind: 'line-comment' });
        else if (PS_SINGLE_QUOTE.test(character)) stack.push({ kind: 'single' });
        else if (PS_DOUBLE_QUOTE.test(character)) stack.push({ kind: 'double' });
        else if (character === '`') skip = 2;
        else if (character === '(') state.parens++;
        else if (character === ')') {
          if (state.parens > 0) state.parens--;
          else if (state.inString) stack.pop();
        }
        break;
      case 'single':
        if (PS_SINGLE_QUOTE.test(character)) {
          if (PS_SINGLE_QUOTE.test(next)) skip = 2;
          else stack.pop();
        }
        break;
      case 'double':
      case 'here-double':
        if (character === '`') skip = 2;
        else if (character === '$' && next === '(') {
          stack.push({ kind: 'code', parens: 0, inString: true });
          skip = 2;
        } else if (state.kind === 'double' && PS_DOUBLE_QUOTE.test(character)) {
          if (PS_DOUBLE_QUOTE.test(next)) skip = 2;
          else stack.pop();
        } else if (state.kind === 'here-double' && atLineStart && PS_DOUBLE_QUOTE.test(character) && next === '@') {
          stack.pop();
          skip = 2;
        }
        break;
      case 'here-single':
        if (atLineStart && PS_SINGLE_QUOTE.test(character) && next === '@') {
          stack.pop();
          skip = 2;
        }
        break;
      case 'line-comment':
        if (character === '\n') stack.pop();
        break;
      case 'block-comment':
        if (character === '#' && next === '>') {
          stack.pop();
          skip = 2;
        }
        break;
    }
    index += skip;
  }
  const kind = stack[stack.length - 1]?.kind ?? 'code';
  if (kind === 'single') return 'ps-single';
  if (kind === 'here-single') return 'ps-here-single';
  if (kind === 'double' || kind === 'here-double') return 'ps-double';
  if (kind === 'code') return 'ps-bare';
  return 'comment';
}

/**
 * cmd.exe reads a line at a time: `"` toggles quoting, and outside quotes `^` escapes the next character.
 * A REM or :: line is no comment for PowerShell, where admins paste these lines: its values follow the
 * same rules as any other argument.
 */
function cmdContext(code: string, offset: number): QuotingContext {
  const lineStart = code.lastIndexOf('\n', offset - 1) + 1;
  const before = code.slice(lineStart, offset).replace(/<<[A-Za-z][A-Za-z0-9]*>>/g, '');
  let quoted = false;
  for (let index = 0; index < before.length; index++) {
    if (before[index] === '"') quoted = !quoted;
    else if (before[index] === '^' && !quoted) index++;
  }
  return quoted ? 'cmd-quoted' : 'cmd-bare';
}

/** What an author can do about a placeholder PowerShell reads differently (the build's words). */
export const cmdMisreadingHint = "admins paste cmd lines into PowerShell: put the placeholder bare or inside the line's \"...\", with no ' or # before it on the line";

/** How PowerShell must read the spot of a placeholder in a cmd block, for the value written there to be inert in both shells. */
const POWERSHELL_READING: Partial<Record<QuotingContext, QuotingContext>> = { 'cmd-bare': 'ps-bare', 'cmd-quoted': 'ps-double' };

/**
 * The placeholders of a cmd block that PowerShell (where admins paste cmd lines) reads in another kind
 * of place than cmd.exe does: after a ' (a PowerShell string) or a # (a comment).
 * A value there could be inert for one shell and code for the other, so the build refuses them.
 */
export function cmdMisreadings(language: string, code: string): FoundPlaceholder[] {
  if (!CMD.has(language.toLowerCase())) return [];
  return findPlaceholders(code).filter((found) => {
    const expected = POWERSHELL_READING[cmdContext(code, found.start)];
    return expected !== powershellContext(code, found.start);
  });
}

/**
 * Replaces every placeholder by its value quoted for where it sits, and says where each value
 * ended up. Used by the build (highlighting) and by the tests; throws on an unknown name.
 */
export function renderCode(
  language: string,
  code: string,
  values: Readonly<Record<string, string>>,
): { code: string; placeholders: RenderedPlaceholder[] } {
  const misread = cmdMisreadings(language, code)[0];
  if (misread) {
    throw new Error(`<<${misread.name}>> at line ${misread.line}, column ${misread.column} of a ${language} code block sits where PowerShell reads the line differently from cmd.exe (${cmdMisreadingHint}).`);
  }
  const placeholders: RenderedPlaceholder[] = [];
  let output = '';
  let last = 0;
  for (const found of findPlaceholders(code)) {
    const value = values[found.name];
    if (value === undefined) {
      throw new Error(`Unknown parameter <<${found.name}>> at line ${found.line}, column ${found.column} of a ${language} code block.`);
    }
    const context = quotingContextAt(language, code, found.start);
    output += code.slice(last, found.start);
    let quoted: string;
    try {
      quoted = quoteValue(value, context);
    } catch (error) {
      if (!(error instanceof PlacementError)) throw error;
      throw new Error(`${problemMessage(error.problem)} (<<${found.name}>> at line ${found.line}, column ${found.column} of a ${language} code block; value ${JSON.stringify(value)})`);
    }
    placeholders.push({ name: found.name, context, start: output.length, end: output.length + quoted.length });
    output += quoted;
    last = found.end;
  }
  return { code: output + code.slice(last), placeholders };
}
