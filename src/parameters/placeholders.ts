import { quoteValue, type QuotingContext } from './quoting';

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
 * Tells where a position of the code sits for quoting: reads PowerShell's comments, strings and
 * here-strings, or cmd.exe's double quotes, from the start of the code up to `offset`.
 */
export function quotingContextAt(language: string, code: string, offset: number): QuotingContext {
  const lang = language.toLowerCase();
  if (POWERSHELL.has(lang)) return powershellContext(code, offset);
  if (CMD.has(lang)) return cmdContext(code, offset);
  return 'text';
}

function powershellContext(code: string, offset: number): QuotingContext {
  type State = 'code' | 'single' | 'double' | 'here-single' | 'here-double' | 'line-comment' | 'block-comment';
  let state: State = 'code';
  let index = 0;
  while (index < offset) {
    const placeholder = /^<<[A-Za-z][A-Za-z0-9]*>>/.exec(code.slice(index, index + 80));
    if (placeholder) {
      index += placeholder[0].length;
      continue;
    }
    const character = code[index] ?? '';
    const two = code.slice(index, index + 2);
    switch (state) {
      case 'code':
        if (two === "@'" && /^@'[ \t]*\r?\n/.test(code.slice(index))) state = 'here-single';
        else if (two === '@"' && /^@"[ \t]*\r?\n/.test(code.slice(index))) state = 'here-double';
        else if (two === '<#') state = 'block-comment';
        else if (character === '#') state = 'line-comment';
        else if (/['\u2018\u2019\u201A\u201B]/.test(character)) state = 'single';
        else if (/["\u201C\u201D\u201E]/.test(character)) state = 'double';
        else if (character === '`') index++;
        if (state === 'here-single' || state === 'here-double' || state === 'block-comment') index++;
        break;
      case 'single':
        if (/['\u2018\u2019\u201A\u201B]/.test(character)) {
          if (/['\u2018\u2019\u201A\u201B]/.test(code[index + 1] ?? '')) index++;
          else state = 'code';
        }
        break;
      case 'double':
        if (character === '`') index++;
        else if (/["\u201C\u201D\u201E]/.test(character)) {
          if (/["\u201C\u201D\u201E]/.test(code[index + 1] ?? '')) index++;
          else state = 'code';
        }
        break;
      case 'here-single':
        if (character === '\n' && code.startsWith("'@", index + 1)) {
          state = 'code';
          index += 2;
        }
        break;
      case 'here-double':
        if (character === '`') index++;
        else if (character === '\n' && code.startsWith('"@', index + 1)) {
          state = 'code';
          index += 2;
        }
        break;
      case 'line-comment':
        if (character === '\n') state = 'code';
        break;
      case 'block-comment':
        if (two === '#>') {
          state = 'code';
          index++;
        }
        break;
    }
    index++;
  }
  if (state === 'single' || state === 'here-single') return 'ps-single';
  if (state === 'double' || state === 'here-double') return 'ps-double';
  if (state === 'code') return 'ps-bare';
  return 'text';
}

function cmdContext(code: string, offset: number): QuotingContext {
  const lineStart = code.lastIndexOf('\n', offset - 1) + 1;
  const before = code.slice(lineStart, offset).replace(/<<[A-Za-z][A-Za-z0-9]*>>/g, '');
  if (/^\s*(REM\s|::)/i.test(before)) return 'text';
  const quotes = before.split('"').length - 1;
  return quotes % 2 === 1 ? 'cmd-quoted' : 'cmd-bare';
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
    const quoted = quoteValue(value, context);
    placeholders.push({ name: found.name, context, start: output.length, end: output.length + quoted.length });
    output += quoted;
    last = found.end;
  }
  return { code: output + code.slice(last), placeholders };
}
