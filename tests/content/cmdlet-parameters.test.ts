import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCodeBlocks } from '../../src/guides/code-blocks';
import { renderCode } from '../../src/parameters/placeholders';
import { exampleValues } from '../../src/parameters/registry';
import { GUIDE_FILES } from '../support/guides';

/**
 * No code block calls a cmdlet without a parameter it cannot run without: PowerShell would stop
 * and prompt for it, and a pasted or downloaded script would hang there. One row per cmdlet whose
 * mandatory parameters its documentation gives (see `source`).
 */
interface CmdletRule {
  cmdlet: string;
  /** Each parameter set, as the parameters it requires; a call must satisfy one set. */
  sets: readonly (readonly string[])[];
  /** The parameter a first unnamed argument binds to, if any. */
  position1?: string;
  /** Whether that parameter takes its value from the pipeline (a call after `|` has it). */
  pipeline?: string;
  /** Switches: a named parameter that takes no value, so the argument after it is positional. */
  switches?: readonly string[];
  source: string;
  /** A call that lacks a mandatory parameter (the old group-writeback block, for Update-AddressList). */
  missing: string;
  /** Calls that have what they need. */
  given: readonly string[];
}

const RULES: readonly CmdletRule[] = [
  {
    cmdlet: 'Update-AddressList',
    sets: [['Identity']],
    position1: 'Identity',
    pipeline: 'Identity',
    source: 'https://learn.microsoft.com/en-us/powershell/module/exchange/update-addresslist (Identity: required, position 1, pipeline input)',
    missing: 'Update-AddressList',
    given: ["Update-AddressList -Identity 'All Users\\Sales'", 'Get-AddressList | Update-AddressList', "Update-AddressList 'All Users'", "update-addresslist -Id:'x'"],
  },
  {
    cmdlet: 'Update-GlobalAddressList',
    sets: [['Identity']],
    position1: 'Identity',
    pipeline: 'Identity',
    source: 'https://learn.microsoft.com/en-us/powershell/module/exchange/update-globaladdresslist (Identity: required, position 1, pipeline input)',
    missing: 'Update-GlobalAddressList -Confirm:$false',
    given: ["Update-GlobalAddressList -Identity 'Default Global Address List'", 'Get-GlobalAddressList | Update-GlobalAddressList'],
  },
  {
    cmdlet: 'Set-ADSyncExchangeHybridPermissions',
    sets: [
      ['ADConnectorAccountName', 'ADConnectorAccountDomain'],
      ['ADConnectorAccountDN'],
    ],
    switches: ['IncludeAdminSdHolders', 'SkipAdminSdHolders', 'WhatIf', 'Confirm'],
    source:
      'https://learn.microsoft.com/en-us/azure/active-directory/hybrid/connect/reference-connect-adsyncconfig (UserDomain set: name and domain required; DistinguishedName set: DN required)',
    missing: 'Set-ADSyncExchangeHybridPermissions -ADConnectorAccountName $name -IncludeAdminSdHolders',
    given: [
      'Set-ADSyncExchangeHybridPermissions -ADConnectorAccountName $name -ADConnectorAccountDomain $domain -IncludeAdminSdHolders',
      "Set-ADSyncExchangeHybridPermissions -ADConnectorAccountDN 'CN=MSOL_1,CN=Users,DC=contoso,DC=com'",
    ],
  },
];

const require = createRequire(import.meta.url);
let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')));
});

function commandsOf(node: Node): Node[] {
  return [...(node.type === 'command' ? [node] : []), ...node.namedChildren.flatMap((child) => (child ? commandsOf(child) : []))];
}

/** What is wrong with each call of a ruled cmdlet in `code`: "Update-AddressList lacks -Identity". */
function missingParameters(code: string): string[] {
  const tree = parser.parse(code)!;
  const problems: string[] = [];
  for (const command of commandsOf(tree.rootNode)) {
    const name = command.childForFieldName('command_name')?.text ?? '';
    const rule = RULES.find((candidate) => candidate.cmdlet.toLowerCase() === name.toLowerCase());
    if (!rule) continue;
    const given = new Set<string>();
    // A command after the first one of its pipeline gets the pipeline's objects.
    if (rule.pipeline && command.parent?.type === 'pipeline_chain' && command.parent.namedChildren[0]?.id !== command.id) given.add(rule.pipeline);
    const elements = (command.childForFieldName('command_elements')?.namedChildren ?? []).filter((element): element is Node => element !== null);
    let expectsValue = false;
    let positional = 0;
    for (const element of elements) {
      if (element.type === 'command_argument_sep') {
        // "-Name:value": what follows the colon is the parameter's value, even for a switch.
        if (element.text === ':') expectsValue = true;
      } else if (element.type === 'command_parameter') {
        const written = element.text.replace(/^-/, '').toLowerCase();
        // PowerShell accepts any unambiguous start of a parameter's name.
        const known = [...rule.sets.flat(), ...(rule.switches ?? [])].find((parameter) => parameter.toLowerCase().startsWith(written));
        if (known) given.add(known);
        expectsValue = !(known && rule.switches?.includes(known));
      } else if (expectsValue) {
        expectsValue = false;
      } else if (positional++ === 0 && rule.position1) {
        given.add(rule.position1);
      }
    }
    if (!rule.sets.some((set) => set.every((parameter) => given.has(parameter)))) {
      const lacking = rule.sets.map((set) => set.filter((parameter) => !given.has(parameter)).map((parameter) => `-${parameter}`).join(' and '));
      problems.push(`${rule.cmdlet} lacks ${lacking.join(', or ')}`);
    }
  }
  return problems;
}

describe('the check finds a missing mandatory parameter', () => {
  it.each(RULES)('$cmdlet: flags "$missing"', (rule) => {
    expect(missingParameters(rule.missing)).toEqual([expect.stringMatching(new RegExp(`^${rule.cmdlet} lacks -`))]);
  });

  it.each(RULES.flatMap((rule) => rule.given.map((call) => ({ cmdlet: rule.cmdlet, call }))))('$cmdlet: accepts "$call"', ({ call }) => {
    expect(missingParameters(call)).toEqual([]);
  });
});

const blocks = GUIDE_FILES.flatMap(({ file, source }) => findCodeBlocks(source).map((block) => ({ ...block, file })))
  .filter((block) => block.language === 'powershell');

describe('no guide calls a cmdlet without its mandatory parameters', () => {
  it('finds the guides that call these cmdlets (sanity check of this test)', () => {
    const calling = blocks.filter((block) => RULES.some((rule) => block.code.toLowerCase().includes(rule.cmdlet.toLowerCase())));
    // exchange-hybrid-writeback no longer runs Set-ADSyncExchangeHybridPermissions (Microsoft does not recommend its
    // -IncludeAdminSdHolders): its rule stays for any guide that calls it again.
    expect(calling.map((block) => block.file)).toEqual(expect.arrayContaining(['azure-ad-connect-writeback/group-writeback.mdx']));
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s', (_where, block) => {
    expect(missingParameters(renderCode('powershell', block.code, exampleValues()).code)).toEqual([]);
  });
});
