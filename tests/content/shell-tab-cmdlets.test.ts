import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCodeBlocks } from '../../src/guides/code-blocks';
import { readShellTabs } from '../../src/guides/shell-tabs';
import { renderCode } from '../../src/parameters/placeholders';
import { exampleValues } from '../../src/parameters/registry';
import { GUIDE_FILES } from '../support/guides';

/**
 * Every command of every PowerShell tab uses only parameters its Microsoft Learn page documents, and for a
 * parameter with a list of accepted values, only one of those values: one row per cmdlet, from its page
 * (MicrosoftDocs/windows-powershell-docs and PowerShell-Docs, read for issue 20; content/REVIEW.md). A tab
 * that calls a cmdlet with no row here fails: its page must be read and the row added first.
 */
interface CmdletPage {
  source: string;
  /** Each documented parameter used or usable here; a list: its accepted values; null: any value; 'switch': no value. */
  parameters: Readonly<Record<string, readonly string[] | null | 'switch'>>;
}

const ENABLED = ['Disabled', 'Enabled'] as const;
const FAMILY = ['IPv4', 'IPv6'] as const;
const NETTCPIP = 'https://learn.microsoft.com/en-us/powershell/module/nettcpip/';
const MANAGEMENT = 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/';
const UTILITY = 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/';

const PAGES: Readonly<Record<string, CmdletPage>> = {
  'Set-NetIPInterface': {
    source: `${NETTCPIP}set-netipinterface`,
    parameters: { InterfaceAlias: null, AddressFamily: FAMILY, Forwarding: ENABLED, Advertising: ENABLED, AdvertiseDefaultRoute: ENABLED, RouterDiscovery: ['Disabled', 'Enabled', 'ControlledByDHCP'] },
  },
  'Set-NetRoute': { source: `${NETTCPIP}set-netroute`, parameters: { DestinationPrefix: null, InterfaceAlias: null, NextHop: null, AddressFamily: FAMILY, Publish: ['No', 'Age', 'Yes'] } },
  'New-NetIPAddress': { source: `${NETTCPIP}new-netipaddress`, parameters: { IPAddress: null, InterfaceAlias: null, PrefixLength: null, AddressFamily: FAMILY } },
  'New-NetRoute': { source: `${NETTCPIP}new-netroute`, parameters: { DestinationPrefix: null, InterfaceAlias: null, NextHop: null, AddressFamily: FAMILY, Publish: ['No', 'Age', 'Yes'] } },
  'Remove-NetRoute': { source: `${NETTCPIP}remove-netroute`, parameters: { DestinationPrefix: null, InterfaceAlias: null, NextHop: null, AddressFamily: FAMILY, Confirm: 'switch' } },
  'Remove-NetIPAddress': { source: `${NETTCPIP}remove-netipaddress`, parameters: { IPAddress: null, InterfaceAlias: null, AddressFamily: FAMILY, Confirm: 'switch' } },
  'Get-NetIPAddress': { source: `${NETTCPIP}get-netipaddress`, parameters: { AddressFamily: FAMILY, InterfaceAlias: null } },
  'Get-NetIPv6Protocol': { source: `${NETTCPIP}get-netipv6protocol`, parameters: {} },
  'Get-NetPrefixPolicy': { source: `${NETTCPIP}get-netprefixpolicy`, parameters: {} },
  'Set-NetTeredoConfiguration': {
    source: 'https://learn.microsoft.com/en-us/powershell/module/networktransition/set-netteredoconfiguration',
    parameters: { Type: ['Default', 'Relay', 'Client', 'Server', 'Disabled', 'Automatic', 'Enterpriseclient', 'Natawareclient'] },
  },
  'Get-ItemProperty': { source: `${MANAGEMENT}get-itemproperty`, parameters: { Path: null, Name: null } },
  // -Type: the Registry provider's dynamic parameter ("DWord: equivalent to REG_DWORD").
  'Set-ItemProperty': { source: `${MANAGEMENT}set-itemproperty`, parameters: { Path: null, Name: null, Value: null, Type: ['String', 'ExpandString', 'Binary', 'DWord', 'MultiString', 'Qword', 'Unknown'] } },
  'Remove-ItemProperty': { source: `${MANAGEMENT}remove-itemproperty`, parameters: { Path: null, Name: null } },
  'Format-Table': { source: `${UTILITY}format-table`, parameters: { Property: null } },
  'Format-List': { source: `${UTILITY}format-list`, parameters: { Property: null } },
};

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

/** What a call does that its page does not document: "Set-NetRoute -Publish Maybe", "Set-NetRoute -Frob". */
function undocumented(code: string): string[] {
  const problems: string[] = [];
  for (const command of commandsOf(parser.parse(code)!.rootNode)) {
    const name = command.childForFieldName('command_name')?.text ?? '';
    const page = Object.entries(PAGES).find(([cmdlet]) => cmdlet.toLowerCase() === name.toLowerCase())?.[1];
    if (!page) {
      problems.push(`${name}: no Microsoft Learn page read for it (add its row)`);
      continue;
    }
    const elements = (command.childForFieldName('command_elements')?.namedChildren ?? []).filter((element): element is Node => element !== null);
    for (let index = 0; index < elements.length; index++) {
      const element = elements[index]!;
      if (element.type !== 'command_parameter') continue;
      const written = element.text.replace(/^-/, '').replace(/:$/, '');
      const parameter = Object.keys(page.parameters).find((known) => known.toLowerCase() === written.toLowerCase());
      if (!parameter) {
        problems.push(`${name} -${written}: not a parameter its page documents here`);
        continue;
      }
      const accepted = page.parameters[parameter];
      if (accepted === 'switch' || accepted === null || accepted === undefined) continue;
      // The value: the next element that is not a separator.
      const value = elements.slice(index + 1).find((next) => next.type !== 'command_argument_sep')?.text ?? '';
      if (!accepted.some((known) => known.toLowerCase() === value.toLowerCase())) problems.push(`${name} -${parameter} ${value}: not one of ${accepted.join(', ')}`);
    }
  }
  return problems;
}

const tabBlocks = GUIDE_FILES.flatMap(({ file, body }) => {
  const blocks = findCodeBlocks(body);
  const { blockShells } = readShellTabs(body);
  return blocks.filter((_block, index) => blockShells[index] === 'powershell').map((block) => ({ where: `${file}:${block.line}`, code: block.code }));
});

describe('the check finds what a page does not document', () => {
  it('an unknown parameter, a value not accepted, a cmdlet with no page read', () => {
    expect(undocumented("Set-NetIPInterface -InterfaceAlias 'x' -AddressFamily IPv6 -Privacy Disabled")).toEqual(['Set-NetIPInterface -Privacy: not a parameter its page documents here']);
    expect(undocumented("Set-NetRoute -DestinationPrefix '::/0' -Publish Maybe")).toEqual(['Set-NetRoute -Publish Maybe: not one of No, Age, Yes']);
    expect(undocumented('New-NetIPv6Tunnel -Name x')).toEqual(['New-NetIPv6Tunnel: no Microsoft Learn page read for it (add its row)']);
    expect(undocumented("Remove-NetRoute -DestinationPrefix '::/0' -Confirm:$false")).toEqual([]);
    expect(undocumented('Get-NetIPAddress -AddressFamily IPv6 | Format-Table -Property IPAddress, ValidLifetime')).toEqual([]);
  });
});

describe('every PowerShell tab uses only documented parameters and values', () => {
  it('finds the PowerShell tabs of the guides (sanity check of this test)', () => {
    expect(tabBlocks.length).toBeGreaterThanOrEqual(16);
  });

  it.each(tabBlocks.map((block) => [block.where, block] as const))('%s', (_where, block) => {
    expect(undocumented(renderCode('powershell', block.code, exampleValues()).code)).toEqual([]);
  });
});
