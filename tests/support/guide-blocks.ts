import { findCodeBlocks } from '../../src/guides/code-blocks';
import { findPlaceholders, quotingContextAt, renderCode } from '../../src/parameters/placeholders';
import { problemMessage } from '../../src/parameters/problem-messages';
import { placeValue, type QuotingContext } from '../../src/parameters/quoting';
import { exampleValues } from '../../src/parameters/registry';
import { GUIDE_FILES } from './guides';

/**
 * The shell code blocks of every guide, and fixtures that put a placeholder in every quoting context,
 * for the tests that render them with hostile values (tests/support/hostile-values.ts) and parse them.
 */
export interface ShellBlock {
  /** Where it comes from: guide file and line, or the fixture's name. */
  where: string;
  language: 'powershell' | 'cmd';
  code: string;
}

/** Every powershell and cmd block of every guide, with or without placeholders. */
export const GUIDE_BLOCKS: readonly ShellBlock[] = GUIDE_FILES.flatMap(({ file, source }) =>
  findCodeBlocks(source)
    .filter((block): block is typeof block & { language: 'powershell' | 'cmd' } => block.language === 'powershell' || block.language === 'cmd')
    .map((block) => ({ where: `${file}:${block.line}`, language: block.language, code: block.code })),
);

/** Every quoting context, also those no guide uses yet (a bare argument, here-strings, comments, REM). */
export const CONTEXT_FIXTURES: readonly ShellBlock[] = [
  {
    where: 'fixture: PowerShell strings, bare arguments, here-strings',
    language: 'powershell',
    code: "Initialize-X -DomainName <<domainName>> -Path <<aadConnectPath>>\nSet-Location \"<<aadConnectPath>>\\AdPrep\"\n$s = '<<accountName>>'\n$h = @'\n<<accountName>>\n'@\n$d = @\"\n<<accountName>>\n\"@",
  },
  {
    where: 'fixture: PowerShell comments, $( ) in a string, # inside a word',
    language: 'powershell',
    code: `# for <<accountName>>\n<# block <<domainName>> #>\n$a = "x $(Get-Y '<<accountName>>' (1)) y"\nGet-X a#b <<domainName>>\n$b = <<domainName>>`,
  },
  {
    where: 'fixture: cmd bare, name=value, quoted, REM',
    language: 'cmd',
    code: 'netsh interface ipv6 set interface <<lanInterface>> forwarding=enabled\nnetsh interface ipv6 add address interface=<<lanInterface>> address=<<routerLanIPv6>>\nappcmd set config "<<iisSiteName>>/ews" -section:x\nREM <<lanInterface>>',
  },
];

/** A placeholder rendered with the hostile value: where it sits in the rendered code. */
export interface PlacedValue {
  name: string;
  context: QuotingContext;
  start: number;
  end: number;
}

/** A placeholder whose quoting refused the hostile value, with the words the reader would see. */
export interface RefusedValue {
  name: string;
  context: QuotingContext;
  message: string;
}

const examples = exampleValues();

/**
 * Renders a block with `value` in every placeholder (the parameters' types are not checked: quoting
 * alone must keep any text inert). Where quoting refuses the value, the example stands there instead,
 * so the block's other placeholders are still tried.
 */
export function renderHostile(block: ShellBlock, value: string): { code: string; placed: PlacedValue[]; refused: RefusedValue[] } {
  const placed: PlacedValue[] = [];
  const refused: RefusedValue[] = [];
  let code = '';
  let last = 0;
  for (const found of findPlaceholders(block.code)) {
    const context = quotingContextAt(block.language, block.code, found.start);
    code += block.code.slice(last, found.start);
    const hostile = placeValue(value, context);
    if (hostile.ok) {
      placed.push({ name: found.name, context, start: code.length, end: code.length + hostile.text.length });
      code += hostile.text;
    } else {
      refused.push({ name: found.name, context, message: problemMessage(hostile.problem) });
      const example = placeValue(examples[found.name] ?? '', context);
      if (!example.ok) throw new Error(`the example of ${found.name} cannot be placed in ${block.where}`);
      code += example.text;
    }
    last = found.end;
  }
  return { code: code + block.code.slice(last), placed, refused };
}

/** The block with every example value (what a page shows first), and where each value sits. */
export function renderExamples(block: ShellBlock): { code: string; placed: PlacedValue[] } {
  const rendered = renderCode(block.language, block.code, examples);
  return { code: rendered.code, placed: rendered.placeholders };
}
