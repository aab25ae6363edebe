import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCodeBlocks } from '../../../src/guides/code-blocks';
import { findPlaceholders, quotingContextAt, renderCode } from '../../../src/parameters/placeholders';
import { PARAMETERS } from '../../../src/parameters/registry';

/**
 * A value can never add a command: every PowerShell block of every guide is rendered with hostile
 * values and parsed with a real PowerShell grammar (tree-sitter-powershell); each value must stay
 * inside its one string or argument token, and the shape of the script must not change.
 */
const require = createRequire(import.meta.url);
const contentDir = join(import.meta.dirname, '..', '..', '..', 'content', 'guides');

const blocks = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => findCodeBlocks(readFileSync(join(contentDir, file), 'utf8')).map((block) => ({ ...block, file })))
  .filter((block) => block.language === 'powershell' && block.code.includes('<<'))
  // Every quoting context, also those no guide uses yet (a bare argument, a here-string).
  .concat([
    {
      file: 'fixture',
      line: 1,
      language: 'powershell',
      meta: '',
      indent: 0,
      code: "Initialize-X -DomainName <<domainName>> -Path <<aadConnectPath>>\nSet-Location \"<<aadConnectPath>>\\AdPrep\"\n$h = @'\n<<accountName>>\n'@\n$d = @\"\n<<accountName>>\n\"@",
    },
    {
      file: 'fixture (comments, $( ) in a string, # inside a word)',
      line: 1,
      language: 'powershell',
      meta: '',
      indent: 0,
      // tree-sitter-powershell misreads "..." nested in $( ) in a string, and a # after $( ) in a string,
      // both of which PowerShell reads as we do (the unit tests of quotingContextAt cover them).
      code: `# for <<accountName>>\n<# block <<domainName>> #>\n$a = "x $(Get-Y '<<accountName>>' (1)) y"\nGet-X a#b <<domainName>>\n$b = <<domainName>>`,
    },
  ]);

const HOSTILE = [
  "'; Remove-Item C:\\ -Recurse; '",
  '"; Stop-Computer; "',
  '$(Stop-Computer)',
  '`"; calc; `"',
  '\u2018; calc; \u2019',
  '\u201C; calc; \u201D',
  "x' + (calc) + 'y",
  '@(calc)',
  '& calc',
  '-Force',
  '| Out-File x',
  '${env:PATH}',
  '# comment',
  '<# x #>',
  "'' ''",
  'x #> calc <#',
  "'@ calc",
];

/** What quoting may refuse (the build stops, the page marks the value invalid) rather than place. */
const REFUSED = [
  { context: 'comment', value: /#>/ },
  { context: 'ps-here-single', value: /^'@/ },
];

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

/** The quoting contexts of a block's placeholders. */
function contextsOf(code: string): Set<string> {
  return new Set(findPlaceholders(code).map((found) => quotingContextAt('powershell', code, found.start)));
}

function valuesAll(value: string): Record<string, string> {
  return Object.fromEntries(PARAMETERS.map((parameter) => [parameter.name, value]));
}

describe('hostile values in every PowerShell block of every guide', () => {
  it('has blocks to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(12);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s', (_where, block) => {
    const benign = parser.parse(renderCode('powershell', block.code, valuesAll('value')).code)!;
    expect(benign.rootNode.hasError).toBe(false);
    for (const hostile of HOSTILE) {
      let rendered: ReturnType<typeof renderCode>;
      try {
        rendered = renderCode('powershell', block.code, valuesAll(hostile));
      } catch (error) {
        const contexts = contextsOf(block.code);
        expect(REFUSED.some((refused) => contexts.has(refused.context) && refused.value.test(hostile)), `${String(error)} in ${block.code}`).toBe(true);
        continue;
      }
      const tree = parser.parse(rendered.code)!;
      const context = `${JSON.stringify(hostile)} in:\n${rendered.code}`;
      expect(tree.rootNode.hasError, context).toBe(false);
      // (String literals may grow in number: a bare value that needs quotes becomes one.)
      for (const type of ['pipeline', 'command', 'assignment_expression', 'command_parameter']) {
        expect(count(tree.rootNode, type), `${type} count for ${context}`).toBe(count(benign.rootNode, type));
      }
      for (const placeholder of rendered.placeholders) {
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
