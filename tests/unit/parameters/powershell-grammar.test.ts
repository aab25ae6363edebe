import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { PS_DASH, PS_DOUBLE_QUOTE, PS_SINGLE_QUOTE } from '../../../src/parameters/characters';
import { CONTEXT_FIXTURES, GUIDE_BLOCKS, renderExamples, renderHostile } from '../../support/guide-blocks';
import { HOSTILE_VALUES } from '../../support/hostile-values';

/**
 * A value can never add a command: every PowerShell block of every guide, and every cmd block too
 * (admins paste cmd lines into PowerShell), is rendered with each hostile value of the table and parsed
 * with a PowerShell grammar (tree-sitter-powershell); each value must stay inside its one string or
 * argument token, and the shape of the script must not change. The grammar does not know PowerShell's
 * typographic quotes and dashes, so they are mapped to ASCII first (powershell-parser.test.ts runs the
 * real parser, which needs no mapping).
 */
const require = createRequire(import.meta.url);

/** What PowerShell reads as ' " and - (characters.ts), as the ASCII the grammar knows. */
function asAscii(code: string): string {
  return code
    .replace(new RegExp(PS_SINGLE_QUOTE.source, 'g'), "'")
    .replace(new RegExp(PS_DOUBLE_QUOTE.source, 'g'), '"')
    .replace(new RegExp(PS_DASH.source, 'g'), '-');
}

/**
 * The grammar does not know a netsh-style name="..." or "..."/64 argument, which PowerShell reads as one
 * Generic token holding an expandable string (the grammar cuts it at the first space, or fails on ; | & (
 * inside the quotes). For the grammar only, the character that glues such a quoted value to the rest of
 * its word (= before, /64 after) becomes a space, keeping every offset: the quotes are then a string
 * argument of their own, read as PowerShell reads them inside the token. powershell-parser.test.ts checks
 * the real token with PowerShell 7.
 */
function separateQuotedValues(code: string, placed: readonly { context: string; start: number; end: number }[]): string {
  let separated = code;
  const space = (at: number): void => {
    if (at >= 0 && at < separated.length && !/\s/.test(separated[at] ?? ' ')) separated = `${separated.slice(0, at)} ${separated.slice(at + 1)}`;
  };
  for (const { context, start, end } of placed) {
    if (context !== 'cmd-bare' || code[start] !== '"' || code[end - 1] !== '"') continue;
    space(start - 1);
    space(end);
  }
  return separated;
}

const blocks = [...GUIDE_BLOCKS, ...CONTEXT_FIXTURES].filter((block) => block.code.includes('<<'));

/** Token types a value may sit in: one string, or one bare argument. */
const VALUE_HOLDERS = new Set(['comment', 'verbatim_string_characters', 'expandable_string_literal', 'generic_token', 'verbatim_here_string_characters', 'expandable_here_string_literal']);
/** Nodes a value must never create. */
const CODE_NODES = new Set(['variable', 'sub_expression', 'command', 'pipeline', 'command_parameter', 'script_block', 'array_expression']);

let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')));
});

function count(node: Node, type: string): number {
  return (node.type === type ? 1 : 0) + node.namedChildren.reduce((total, child) => total + (child ? count(child, type) : 0), 0);
}

describe('hostile values in every PowerShell and cmd block of every guide, read by the grammar', () => {
  it('has blocks to check, of both shells', () => {
    expect(blocks.filter((block) => block.language === 'powershell').length).toBeGreaterThanOrEqual(12);
    expect(blocks.filter((block) => block.language === 'cmd').length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks.map((block) => [`${block.language} ${block.where}`, block] as const))('%s', (_where, block) => {
    const examples = renderExamples(block);
    const benign = parser.parse(separateQuotedValues(asAscii(examples.code), examples.placed))!;
    expect(benign.rootNode.hasError).toBe(false);
    for (const { value: hostile } of HOSTILE_VALUES) {
      // Refused placements (their words are checked in hostile-values.test.ts) keep the example.
      const rendered = renderHostile(block, hostile);
      const code = separateQuotedValues(asAscii(rendered.code), rendered.placed);
      const tree = parser.parse(code)!;
      const context = `${JSON.stringify(hostile)} in:\n${rendered.code}`;
      expect(tree.rootNode.hasError, context).toBe(false);
      // (String literals may grow in number: a bare value that needs quotes becomes one.)
      for (const type of ['pipeline', 'command', 'assignment_expression', 'command_parameter']) {
        expect(count(tree.rootNode, type), `${type} count for ${context}`).toBe(count(benign.rootNode, type));
      }
      for (const placeholder of rendered.placed) {
        let holder: Node | null = tree.rootNode.descendantForIndex(placeholder.start, placeholder.end - 1);
        while (holder && !VALUE_HOLDERS.has(holder.type)) holder = holder.parent;
        expect(holder, `no single token holds ${context}`).not.toBeNull();
        expect(holder!.startIndex).toBeLessThanOrEqual(placeholder.start);
        expect(holder!.endIndex).toBeGreaterThanOrEqual(placeholder.end);
        const inside = holder!.descendantsOfType([...CODE_NODES]).filter(
          (node) => node !== null && node.startIndex < placeholder.end && node.endIndex > placeholder.start,
        );
        expect(inside.map((node) => node?.type), `code inside the value: ${context}`).toEqual([]);
      }
    }
  });
});
