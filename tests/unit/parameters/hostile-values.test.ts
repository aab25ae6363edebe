import { describe, expect, it } from 'vitest';
import { quotingContextAt } from '../../../src/parameters/placeholders';
import { problemMessage } from '../../../src/parameters/problem-messages';
import { placeValue, type QuotingContext } from '../../../src/parameters/quoting';
import { PARAMETERS, type InputParameter } from '../../../src/parameters/registry';
import { validateValue, type ParameterType } from '../../../src/parameters/types';
import { CONTEXT_FIXTURES, GUIDE_BLOCKS, renderHostile, type ShellBlock } from '../../support/guide-blocks';
import { HOSTILE_VALUES } from '../../support/hostile-values';

/**
 * Every row of the hostile table, in every parameter type and in every quoting context of every block
 * of every guide: refused with words that say what is wrong, or written so that the shell reads it as
 * the same one string or argument. (The real parsers read the same renderings: powershell-grammar.test.ts
 * with tree-sitter, powershell-parser.test.ts with PowerShell 7.)
 */
const TYPES: readonly ParameterType[] = ['ntAccount', 'distinguishedName', 'dnsDomain', 'ipv4', 'publicIpv4', 'ipv6', 'ipv6Prefix64', 'interfaceName', 'windowsPath', 'programFolder', 'connectorName', 'iisSiteName'];
const CONTEXTS: readonly QuotingContext[] = ['ps-single', 'ps-here-single', 'ps-double', 'ps-bare', 'cmd-bare', 'cmd-quoted', 'comment', 'text'];
const INPUTS = (PARAMETERS as readonly { kind: string }[]).filter((parameter): parameter is InputParameter => parameter.kind === 'input');
const BLOCKS: readonly ShellBlock[] = [...GUIDE_BLOCKS, ...CONTEXT_FIXTURES];

/** A problem in words a reader can act on: a sentence or more, not a code. */
function expectClearWords(words: string, what: string): void {
  expect(words, what).toMatch(/^[A-Z"'\u201C].{20,}[.?)]$/s);
  expect(words, what).not.toMatch(/undefined|\[object|NaN/);
}

/**
 * A value is inert where it sits when the shell's reading after it is the reading before it (it closed
 * no string or comment and opened none) and, inside it, one reading holds throughout (no $( ) inside a
 * string). Read as the block's shell, and, for cmd blocks, as PowerShell too.
 */
function expectInert(block: ShellBlock, code: string, start: number, end: number, what: string): void {
  for (const language of block.language === 'cmd' ? ['cmd', 'powershell'] : ['powershell']) {
    expect(quotingContextAt(language, code, end), `${language} reading after ${what}`).toBe(quotingContextAt(language, code, start));
    const inside = new Set<string>();
    for (let offset = start + 1; offset < end; offset++) inside.add(quotingContextAt(language, code, offset));
    expect(inside.size, `${language} readings ${[...inside].join(', ')} inside ${what}`).toBeLessThanOrEqual(1);
  }
}

describe.each(HOSTILE_VALUES.map((row) => [row.attack, row.value] as const))('%s', (_attack, value) => {
  it('is refused with clear words, or valid, by every parameter type', () => {
    for (const type of TYPES) {
      const check = validateValue(type, value);
      if (!check.ok) expectClearWords(problemMessage(check.problem), `${type} refusing ${JSON.stringify(value)}`);
    }
  });

  it('is refused with clear words, or placed, in every quoting context', () => {
    for (const context of CONTEXTS) {
      const placed = placeValue(value, context);
      if (!placed.ok) expectClearWords(problemMessage(placed.problem), `${context} refusing ${JSON.stringify(value)}`);
    }
  });

  it('stays inert in every quoting context of every block of every guide, taken as it is', () => {
    for (const block of BLOCKS) {
      const rendered = renderHostile(block, value);
      for (const refused of rendered.refused) expectClearWords(refused.message, `${block.where} refusing ${JSON.stringify(value)} in ${refused.context}`);
      for (const placed of rendered.placed) expectInert(block, rendered.code, placed.start, placed.end, `${JSON.stringify(value)} in ${placed.context} of ${block.where}:\n${rendered.code}`);
    }
  });

  it('stays inert, as its parameter accepts it, wherever the guides use that parameter', () => {
    for (const parameter of INPUTS) {
      const check = validateValue(parameter.type, value);
      if (!check.ok) continue;
      for (const block of BLOCKS.filter((candidate) => candidate.code.includes(`<<${parameter.name}>>`))) {
        const rendered = renderHostile(block, check.value);
        for (const placed of rendered.placed.filter((entry) => entry.name === parameter.name)) {
          expectInert(block, rendered.code, placed.start, placed.end, `${parameter.name} = ${JSON.stringify(check.value)} in ${block.where}`);
        }
      }
    }
  });
});

describe('the table and the blocks', () => {
  it('covers every guide shell block and every quoting context', () => {
    expect(GUIDE_BLOCKS.length).toBeGreaterThanOrEqual(20);
    const contexts = new Set(
      BLOCKS.flatMap((block) => renderHostile(block, 'x').placed.map((placed) => placed.context)),
    );
    expect([...contexts].sort()).toEqual(CONTEXTS.filter((context) => context !== 'text').slice().sort());
  });

  it('has the rows each class needs: each refused somewhere for the reason it stands for', () => {
    const refusedBy = (value: string, type: ParameterType): string => {
      const check = validateValue(type, value);
      return check.ok ? '' : problemMessage(check.problem);
    };
    expect(refusedBy('a$(calc)b', 'interfaceName')).toContain('PowerShell');
    expect(refusedBy('x\u201E; calc; \u201Ex', 'iisSiteName')).toContain('quotes');
    expect(refusedBy('a\u2066b\u2069c', 'connectorName')).toContain('left-to-right isolate');
    expect(refusedBy('C:\\Users\\Public\\Downloads', 'programFolder')).toContain('can write to');
    expect(refusedBy('fe80::/64', 'ipv6Prefix64')).toContain('link-local');
    expect(refusedBy('192.168.1.1', 'publicIpv4')).toContain('not reachable from the internet');
  });
});
