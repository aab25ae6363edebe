import { describe, expect, it } from 'vitest';
import { readShellTabs } from '../../../src/guides/shell-tabs';
import { GUIDE_FILES } from '../../support/guides';

const group = (cmd: string, ps: string, cmdTab = '<ShellTab shell="cmd" appliesTo="Windows Server 2008 R2 or later">', psTab = '<ShellTab shell="powershell" appliesTo="Windows Server 2012 R2 or later">'): string[] => [
  '   <ShellTabs>',
  `   ${cmdTab}`,
  '',
  ...cmd.split('\n').map((line) => `   ${line}`),
  '',
  '   </ShellTab>',
  `   ${psTab}`,
  '',
  ...ps.split('\n').map((line) => `   ${line}`),
  '',
  '   </ShellTab>',
  '   </ShellTabs>',
];

const CMD = '```cmd title="Forward"\nnetsh int ipv6 set interface x forwarding=enabled\n```';
const PS = "```powershell title=\"Forward\"\nSet-NetIPInterface -InterfaceAlias 'x' -AddressFamily IPv6 -Forwarding Enabled\n```";

describe('readShellTabs: which block belongs to which tab', () => {
  it('gives each block inside a tab its shell, and none to blocks outside any group', () => {
    const body = ['## Steps', '', '1. **One.**', '', '   ```cmd', '   netsh a', '   ```', '', '2. **Two.**', '', ...group(CMD, PS), '', '```text', 'output', '```'].join('\n');
    const reading = readShellTabs(body);
    expect(reading.problems).toEqual([]);
    expect(reading.blockShells).toEqual([undefined, 'cmd', 'powershell', undefined]);
    expect(reading.tabs.map(({ shell, appliesTo, blocks }) => ({ shell, appliesTo, blocks }))).toEqual([
      { shell: 'cmd', appliesTo: ['Windows Server 2008 R2 or later'], blocks: [1] },
      { shell: 'powershell', appliesTo: ['Windows Server 2012 R2 or later'], blocks: [2] },
    ]);
  });

  it('takes several blocks per tab and several products per tab', () => {
    const body = group(`${CMD}\n\n${CMD}`, `${PS}\n\n${PS}`, '<ShellTab shell="cmd" appliesTo="Windows Vista or later, Windows Server 2008 R2 or later">').join('\n');
    const reading = readShellTabs(body);
    expect(reading.problems).toEqual([]);
    expect(reading.blockShells).toEqual(['cmd', 'cmd', 'powershell', 'powershell']);
    expect(reading.tabs[0]?.appliesTo).toEqual(['Windows Vista or later', 'Windows Server 2008 R2 or later']);
  });

  it('never reads a tag inside a code block', () => {
    const body = ['```text', '<ShellTabs>', '<ShellTab shell="bash">', '```'].join('\n');
    expect(readShellTabs(body)).toEqual({ blockShells: [undefined], tabs: [], problems: [] });
  });

  const problemsOf = (lines: string[]): string[] => readShellTabs(lines.join('\n')).problems.map((problem) => `${problem.line}: ${problem.message}`);

  it('refuses, by line, what the page could not show as two ways of one step', () => {
    expect(problemsOf(group(CMD, PS, '<ShellTab shell="bash" appliesTo="Windows Server 2012 R2">'))).toEqual([
      '1: a <ShellTabs> group needs exactly the tabs shell="cmd" then shell="powershell" (it has powershell)',
      '2: <ShellTab> needs shell= one of cmd, powershell (it has "bash")',
      '4: a code block inside <ShellTabs> must be inside one of its <ShellTab> tags',
      '8: </ShellTab> without its <ShellTab>',
    ]);
    expect(problemsOf(group(CMD, PS, '<ShellTab shell="cmd">'))).toEqual(['2: <ShellTab> needs appliesTo="..." (the versions this way is for)']);
    expect(problemsOf(group(CMD, PS, '<ShellTab shell="cmd" appliesTo="Server 2008R2">'))[0]).toMatch(/^2: "Server 2008R2" is not a known product name/);
    expect(problemsOf(group(CMD, PS, '<ShellTab shell="cmd" appliesTo="Windows 10" title="x">'))).toEqual(['2: unknown <ShellTab> attribute title (known: shell, appliesTo)']);
    expect(problemsOf(group(PS, CMD))).toEqual(['4: a cmd tab holds cmd blocks only, not powershell', '11: a powershell tab holds powershell blocks only, not cmd']);
    expect(problemsOf(group(CMD, '```powershell run="undo"\nx\n```'))).toEqual([
      '1: the tabs of a <ShellTabs> group need the same blocks in the same order (the same run= values), so that each way is the whole step',
    ]);
    expect(problemsOf(group(CMD, 'No code here.'))).toEqual(['9: a <ShellTab> needs at least one code block']);
    expect(problemsOf(['<ShellTabs>', '<ShellTab shell="cmd" appliesTo="Windows 10">', '', CMD])).toEqual([
      '1: <ShellTabs> is never closed',
      '1: a <ShellTabs> group needs exactly the tabs shell="cmd" then shell="powershell" (it has cmd)',
      '2: <ShellTab> is never closed',
    ]);
    expect(problemsOf(['<ShellTab shell="cmd" appliesTo="Windows 10">', CMD, '</ShellTab>'])).toEqual(['1: <ShellTab> outside a <ShellTabs> group']);
    expect(problemsOf(['<ShellTabs><ShellTab shell="cmd" appliesTo="Windows 10">'])).toEqual([
      '1: write each <ShellTabs>, <ShellTab ...>, </ShellTab> and </ShellTabs> tag on a line of its own',
    ]);
    expect(problemsOf(['</ShellTabs>'])).toEqual(['1: </ShellTabs> without its <ShellTabs>']);
    expect(problemsOf(['<ShellTabs>', '<ShellTabs>', '</ShellTabs>'])[0]).toBe('1: a <ShellTabs> group needs exactly the tabs shell="cmd" then shell="powershell" (it has none)');
  });

  it('every guide: its tabs are well formed, each group pairs a cmd and a PowerShell way', () => {
    let groups = 0;
    for (const guide of GUIDE_FILES) {
      const reading = readShellTabs(guide.body);
      expect(reading.problems, guide.file).toEqual([]);
      groups += reading.tabs.length / 2;
    }
    expect(groups).toBeGreaterThanOrEqual(15);
  });
});
