import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_FIXTURES, GUIDE_BLOCKS, renderExamples, renderHostile, type PlacedValue, type ShellBlock } from '../../support/guide-blocks';
import { HOSTILE_VALUES } from '../../support/hostile-values';
import { announceMissingPwsh, parsePowerShell, PWSH, type PsParse, type PsToken } from '../../support/pwsh';

/**
 * PowerShell 7's own parser (Parser.ParseInput) reads every PowerShell and cmd block of every guide
 * (admins paste cmd lines into PowerShell), once with the examples and once with each hostile value of
 * the table in every placeholder. A value must stay inside exactly one token (a string, a bare argument,
 * a number or a comment), and the script must keep its shape: the same errors, the same commands, the
 * same tokens outside the values and the same expansions ($x, $( )) inside the tokens holding them.
 * Everything goes to one pwsh process.
 */
announceMissingPwsh('the PowerShell 7 parse of every guide block with hostile values');

/** Token kinds that hold a value as data. */
const HOLDERS = new Set(['StringLiteral', 'StringExpandable', 'HereStringLiteral', 'HereStringExpandable', 'Generic', 'Identifier', 'Number', 'Comment']);

interface Rendering {
  block: ShellBlock;
  /** The hostile value, or undefined for the examples. */
  value: string | undefined;
  code: string;
  placed: PlacedValue[];
}

const blocks: readonly ShellBlock[] = [...GUIDE_BLOCKS, ...CONTEXT_FIXTURES];
const renderings: Rendering[] = blocks.flatMap((block) => [
  { block, value: undefined, ...renderExamples(block) },
  // (A value refused everywhere in the block leaves the examples: nothing new to parse.)
  ...HOSTILE_VALUES.map(({ value }) => ({ block, value, ...renderHostile(block, value) })).filter((rendering) => rendering.placed.length > 0),
]);
const parses = new Map<Rendering, PsParse>();

beforeAll(() => {
  if (!PWSH) return;
  const results = parsePowerShell(renderings.map((rendering) => rendering.code));
  renderings.forEach((rendering, index) => parses.set(rendering, results[index]!));
}, 300_000);

/** The tokens a value's span touches. */
function tokensOver(tokens: readonly PsToken[], placed: PlacedValue): PsToken[] {
  return tokens.filter((token) => token.start < placed.end && token.end > placed.start);
}

const holds = (token: PsToken, placed: readonly PlacedValue[]): boolean => placed.some((value) => token.start < value.end && token.end > value.start);

describe.runIf(PWSH)('every guide block read by PowerShell 7, with every hostile value', () => {
  it('has blocks of both shells, with placeholders in every context', () => {
    expect(blocks.filter((block) => block.language === 'powershell').length).toBeGreaterThanOrEqual(12);
    expect(blocks.filter((block) => block.language === 'cmd').length).toBeGreaterThanOrEqual(6);
    expect(renderings.filter((rendering) => rendering.value !== undefined && rendering.placed.length > 0).length).toBeGreaterThan(500);
  });

  it.each(blocks.map((block) => [`${block.language} ${block.where}`, block] as const))('%s', (_where, block) => {
    const [benignRendering, ...hostile] = renderings.filter((rendering) => rendering.block === block);
    const benign = parses.get(benignRendering!)!;
    // What the page shows parses cleanly, whichever shell the reader pastes it into.
    expect(benign.errors, benignRendering!.code).toEqual([]);
    for (const rendering of hostile) {
      const parse = parses.get(rendering)!;
      const what = `${JSON.stringify(rendering.value)} in:\n${rendering.code}`;
      expect(parse.errors, what).toEqual(benign.errors);
      expect(parse.commands, `commands for ${what}`).toEqual(benign.commands);
      expect(parse.tokens.length, `token count for ${what}`).toBe(benign.tokens.length);
      for (const placed of rendering.placed) {
        const over = tokensOver(parse.tokens, placed);
        expect(over.map((token) => token.kind), `tokens over the value ${what}`).toHaveLength(1);
        const [holder] = over;
        expect(HOLDERS.has(holder!.kind), `${holder!.kind} holding ${what}`).toBe(true);
        expect(holder!.start <= placed.start && holder!.end >= placed.end, `the token holds all of ${what}`).toBe(true);
      }
      parse.tokens.forEach((token, index) => {
        const before = benign.tokens[index]!;
        // The token holding a value may change kind (a quoted value where the example was bare); nothing else may.
        if (!holds(token, rendering.placed) && !holds(before, benignRendering!.placed)) expect(token.kind, `token ${index} of ${what}`).toBe(before.kind);
        expect(token.nested, `expansions inside token ${index} of ${what}`).toEqual(before.nested);
      });
    }
  });
});
