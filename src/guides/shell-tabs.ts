import { findCodeBlocks } from './code-blocks';
import { isKnownProduct, unknownProductMessage } from './products';
import { codeRun } from '../markdown/code-meta';
import { SHELLS, isShell, type Shell } from '../procedure/shell-choice';

/**
 * Shell tabs in a guide's MDX: a step that has a Command Prompt way (netsh, reg, appcmd) and a PowerShell
 * way shows both, as two tabs of one group, each tag on a line of its own:
 *
 *     <ShellTabs>
 *     <ShellTab shell="cmd" appliesTo="Windows Server 2008 R2 or later">
 *     ```cmd ...```
 *     </ShellTab>
 *     <ShellTab shell="powershell" appliesTo="Windows Server 2012 R2 or later">
 *     ```powershell ...```
 *     </ShellTab>
 *     </ShellTabs>
 *
 * This reads which code block belongs to which tab (a block outside any group belongs to every tab), and
 * what is wrong with the groups, by line, for the build to refuse.
 */
export interface ShellTabsReading {
  /** For each fenced block of the body (findCodeBlocks order): its tab, or undefined outside any group. */
  blockShells: (Shell | undefined)[];
  /** Each tab, in document order: its shell, its "Applies to" products and its blocks' indexes. */
  tabs: { shell: Shell; appliesTo: string[]; line: number; blocks: number[] }[];
  /** 1-based body lines. */
  problems: { line: number; message: string }[];
}

/** The languages each tab's blocks may have: its own shell's. */
const TAB_LANGUAGES: Readonly<Record<Shell, readonly string[]>> = {
  cmd: ['cmd', 'bat', 'batch'],
  powershell: ['powershell', 'ps', 'ps1', 'pwsh'],
};

const OPEN_GROUP = /^<ShellTabs>$/;
const CLOSE_GROUP = /^<\/ShellTabs>$/;
const OPEN_TAB = /^<ShellTab(\s[^>]*)?>$/;
const CLOSE_TAB = /^<\/ShellTab>$/;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/** The products of an `appliesTo` attribute: "Windows Server 2012 R2 or later, Windows 10 or later". */
export const appliesToList = (value: string): string[] =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

export function readShellTabs(body: string): ShellTabsReading {
  const lines = body.split('\n');
  const fenced = findCodeBlocks(body);
  // 0-based line of each block's opening fence, and every line inside a fence (never a tag).
  const fenceAt = new Map(fenced.map((block, index) => [block.line - 2, index]));
  const inFence = new Set<number>();
  for (const block of fenced) {
    const last = block.line - 1 + block.code.split('\n').length;
    for (let line = block.line - 2; line <= last; line++) inFence.add(line);
  }
  const blockShells: (Shell | undefined)[] = fenced.map(() => undefined);
  const tabs: ShellTabsReading['tabs'] = [];
  const problems: ShellTabsReading['problems'] = [];
  let group: { line: number; tabs: ShellTabsReading['tabs'] } | undefined;
  let tab: ShellTabsReading['tabs'][number] | undefined;

  const closeGroup = (): void => {
    if (!group) return;
    const shells = group.tabs.map((entry) => entry.shell);
    if (shells.join(',') !== SHELLS.join(',')) {
      problems.push({ line: group.line, message: `a <ShellTabs> group needs exactly the tabs ${SHELLS.map((shell) => `shell="${shell}"`).join(' then ')} (it has ${shells.length > 0 ? shells.join(', ') : 'none'})` });
    }
    const runs = group.tabs.map((entry) => entry.blocks.map((index) => codeRun(fenced[index]?.meta) ?? '').join(','));
    if (runs.some((run) => run !== runs[0])) {
      problems.push({ line: group.line, message: 'the tabs of a <ShellTabs> group need the same blocks in the same order (the same run= values), so that each way is the whole step' });
    }
    group = undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const blockIndex = fenceAt.get(index);
    if (blockIndex !== undefined) {
      if (tab) {
        const block = fenced[blockIndex]!;
        if (!TAB_LANGUAGES[tab.shell].includes(block.language)) {
          problems.push({ line: block.line - 1, message: `a ${tab.shell} tab holds ${TAB_LANGUAGES[tab.shell][0]} blocks only, not ${block.language}` });
        }
        blockShells[blockIndex] = tab.shell;
        tab.blocks.push(blockIndex);
      } else if (group) {
        problems.push({ line: fenced[blockIndex]!.line - 1, message: 'a code block inside <ShellTabs> must be inside one of its <ShellTab> tags' });
      }
      continue;
    }
    if (inFence.has(index)) continue;
    const text = (lines[index] ?? '').trim();
    const line = index + 1;
    if (!text.includes('<ShellTab') && !text.includes('</ShellTab')) continue;
    if (OPEN_GROUP.test(text)) {
      if (group) problems.push({ line, message: '<ShellTabs> inside another <ShellTabs>' });
      else group = { line, tabs: [] };
    } else if (CLOSE_GROUP.test(text)) {
      if (!group) problems.push({ line, message: '</ShellTabs> without its <ShellTabs>' });
      if (tab) problems.push({ line: tab.line, message: '<ShellTab> not closed before </ShellTabs>' });
      tab = undefined;
      closeGroup();
    } else if (OPEN_TAB.test(text)) {
      const attributes = Object.fromEntries([...text.matchAll(ATTRIBUTE)].map((match) => [match[1] ?? '', match[2] ?? '']));
      const unknown = Object.keys(attributes).filter((name) => name !== 'shell' && name !== 'appliesTo');
      const shell = attributes['shell'];
      const appliesTo = appliesToList(attributes['appliesTo'] ?? '');
      if (!group) problems.push({ line, message: '<ShellTab> outside a <ShellTabs> group' });
      if (tab) problems.push({ line: tab.line, message: '<ShellTab> not closed before the next one' });
      if (unknown.length > 0) problems.push({ line, message: `unknown <ShellTab> attribute${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: shell, appliesTo)` });
      if (!isShell(shell)) problems.push({ line, message: `<ShellTab> needs shell= one of ${SHELLS.join(', ')} (it has ${shell === undefined ? 'none' : `"${shell}"`})` });
      if (appliesTo.length === 0) problems.push({ line, message: '<ShellTab> needs appliesTo="..." (the versions this way is for)' });
      for (const product of appliesTo) if (!isKnownProduct(product)) problems.push({ line, message: unknownProductMessage(product) });
      tab = isShell(shell) ? { shell, appliesTo, line, blocks: [] } : undefined;
      if (tab) {
        tabs.push(tab);
        group?.tabs.push(tab);
      }
    } else if (CLOSE_TAB.test(text)) {
      if (!tab) problems.push({ line, message: '</ShellTab> without its <ShellTab>' });
      else if (tab.blocks.length === 0) problems.push({ line: tab.line, message: 'a <ShellTab> needs at least one code block' });
      tab = undefined;
    } else {
      problems.push({ line, message: 'write each <ShellTabs>, <ShellTab ...>, </ShellTab> and </ShellTabs> tag on a line of its own' });
    }
  }
  if (tab) problems.push({ line: tab.line, message: '<ShellTab> is never closed' });
  if (group) {
    problems.push({ line: group.line, message: '<ShellTabs> is never closed' });
    closeGroup();
  }
  return { blockShells, tabs, problems: problems.sort((a, b) => a.line - b.line) };
}
