import { describe, expect, it } from 'vitest';
import { findSteps } from '../../../src/guides/steps';
import { runbookOutline, stepTitle } from '../../../src/procedure/runbook';
import { runbookSteps } from '../../../src/procedure/script';
import { GUIDES } from '../../support/guide-scripts';

const guide = [
  'Intro with a block that is not a step:',
  '',
  '```powershell title="Before"',
  'Get-Date',
  '```',
  '',
  '## Before you begin',
  '',
  '- Something.',
  '',
  '## Steps',
  '',
  '1. **Load the [AdSyncPrep](/x/) module** in an elevated session:',
  '',
  '   ```powershell title="Load"',
  "   Import-Module 'C:\\x'",
  '   ```',
  '',
  '2. **Turn it on** in the wizard.',
  '3. From the DVD, copy these files: a, b.',
  '',
  '   ```cmd',
  '   ## not a heading',
  '   1. not a step',
  '   netsh a',
  '   ```',
  '',
  '   ```text',
  '   output',
  '   ```',
  '',
  '<Aside type="caution">After the list</Aside>',
  '',
  '```cmd title="Not in a step"',
  'netsh b',
  '```',
  '',
  '## Verify',
  '',
  '```powershell title="Show the permissions"',
  'dsacls x',
  '```',
  '',
  '```text',
  'HKLM',
  '```',
  '',
  '## Troubleshooting',
  '',
  '```cmd title="Roll back"',
  'netsh int ipv6 reset',
  '```',
].join('\n');

describe('runbookOutline', () => {
  it('numbers the Steps items as the page does, titles them by their bold lead or first sentence, then adds the Verify blocks; other sections stay out', () => {
    expect(runbookOutline(guide)).toEqual({
      steps: [
        { number: 1, title: 'Load the AdSyncPrep module' },
        { number: 2, title: 'Turn it on' },
        { number: 3, title: 'From the DVD, copy these files' },
        { number: 4, title: 'Verify: Show the permissions' },
      ],
      blocks: [
        { language: 'powershell', title: 'Before', step: null },
        { language: 'powershell', title: 'Load', step: 1 },
        { language: 'cmd', title: '', step: 3 },
        { language: 'text', title: '', step: 3 },
        { language: 'cmd', title: 'Not in a step', step: null },
        { language: 'powershell', title: 'Show the permissions', step: 4 },
        { language: 'text', title: '', step: null },
        { language: 'cmd', title: 'Roll back', step: null },
      ],
    });
  });

  it('gives a guide without a Steps list one step per command block, titled by its section and block title', () => {
    const body = ['## Load the AdSyncPrep module', '', '```powershell title="Load the cmdlets"', 'Import-Module x', '```', '', '```text', 'x', '```'].join('\n');
    expect(runbookOutline(body)).toEqual({
      steps: [{ number: 1, title: 'Load the AdSyncPrep module: Load the cmdlets' }],
      blocks: [
        { language: 'powershell', title: 'Load the cmdlets', step: 1 },
        { language: 'text', title: '', step: null },
      ],
    });
  });

  it('carries where a block runs when not here, and leaves undo and example blocks out of the runbook', () => {
    const body = [
      '## Steps',
      '',
      '1. **Set up the router:**',
      '',
      '   ```cmd title="On the router"',
      '   netsh a',
      '   ```',
      '',
      '   ```cmd title="On each test client: add" run="client"',
      '   netsh b',
      '   ```',
      '',
      '   ```cmd title="On each test client: remove" run="undo"',
      '   netsh c',
      '   ```',
      '',
      '2. **Refresh the lists** in the Exchange Management Shell:',
      '',
      '   ```powershell run="exchange-shell"',
      '   Update-GlobalAddressList',
      '   ```',
      '',
      '   ```text run="example"',
      '   output',
      '   ```',
      '',
      '## Verify',
      '',
      '```cmd title="Check"',
      'netsh d',
      '```',
      '',
      '```cmd title="Stop it" run="undo"',
      'netsh e',
      '```',
    ].join('\n');
    expect(runbookOutline(body)).toEqual({
      steps: [
        { number: 1, title: 'Set up the router' },
        { number: 2, title: 'Refresh the lists' },
        { number: 3, title: 'Verify: Check' },
      ],
      blocks: [
        { language: 'cmd', title: 'On the router', step: 1 },
        { language: 'cmd', title: 'On each test client: add', step: 1, run: 'client' },
        { language: 'cmd', title: 'On each test client: remove', step: null },
        { language: 'powershell', title: '', step: 2, run: 'exchange-shell' },
        { language: 'text', title: '', step: null },
        { language: 'cmd', title: 'Check', step: 3 },
        { language: 'cmd', title: 'Stop it', step: null },
      ],
    });
  });

  it('titles each step as the page\'s HowTo does (src/guides/steps.ts)', () => {
    let compared = 0;
    let steps = 0;
    for (const guide of GUIDES) {
      const named = findSteps(guide.body).map((step) => step.name);
      steps += named.length;
      const titles = runbookOutline(guide.body).steps.slice(0, named.length).map((step) => step.title);
      named.forEach((name, index) => {
        if (name !== undefined && name.length <= 90) {
          compared++;
          expect(titles[index], guide.file).toBe(name.replace(/[.:;,]+$/, ''));
        }
      });
    }
    // Steps that open with their name in bold (README, Writing a guide) are compared: more than half of them.
    expect(steps).toBeGreaterThan(40);
    expect(compared).toBeGreaterThan(steps / 2);
  });

  it('keeps titles short, on one line, without markup', () => {
    expect(stepTitle('**Give the `connector` account <em>permissions</em>:**')).toBe('Give the connector account permissions');
    expect(stepTitle('Run the tool. It takes no parameters.')).toBe('Run the tool');
    const long = stepTitle(`${'word '.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(93);
    expect(long.endsWith('word...')).toBe(true);
  });
});

describe('runbook of a step with shell tabs', () => {
  const body = [
    '## Steps',
    '',
    '1. **Forward.**',
    '',
    '   <ShellTabs>',
    '   <ShellTab shell="cmd" appliesTo="Windows Server 2008 R2 or later">',
    '',
    '   ```cmd title="Forward"',
    '   netsh int ipv6 set interface x forwarding=enabled',
    '   ```',
    '',
    '   </ShellTab>',
    '   <ShellTab shell="powershell" appliesTo="Windows Server 2012 R2 or later">',
    '',
    '   ```powershell title="Forward"',
    "   Set-NetIPInterface -InterfaceAlias 'x' -AddressFamily IPv6 -Forwarding Enabled",
    '   ```',
    '',
    '   </ShellTab>',
    '   </ShellTabs>',
    '',
    '2. **Check.**',
    '',
    '   ```cmd',
    '   netsh int ipv6 show interfaces',
    '   ```',
  ].join('\n');

  it('marks each tab block with its shell, in the step of its list item', () => {
    expect(runbookOutline(body)).toEqual({
      steps: [
        { number: 1, title: 'Forward' },
        { number: 2, title: 'Check' },
      ],
      blocks: [
        { language: 'cmd', title: 'Forward', step: 1, shell: 'cmd' },
        { language: 'powershell', title: 'Forward', step: 1, shell: 'powershell' },
        { language: 'cmd', title: '', step: 2 },
      ],
    });
  });

  it('takes the chosen way of the step, and the blocks outside tabs in either case', () => {
    const outline = runbookOutline(body);
    const blocks = outline.blocks.map((block) => ({ language: block.language, code: `code of ${block.language} ${block.shell ?? 'both'}` }));
    const codes = (shell?: 'cmd' | 'powershell'): string[][] => {
      const steps = runbookSteps(outline, blocks, shell);
      if (!Array.isArray(steps)) throw new Error(steps.problem);
      return steps.map((step) => step.blocks.map((block) => block.code));
    };
    expect(codes()).toEqual([['code of cmd cmd'], ['code of cmd both']]);
    expect(codes('cmd')).toEqual([['code of cmd cmd'], ['code of cmd both']]);
    expect(codes('powershell')).toEqual([['code of powershell powershell'], ['code of cmd both']]);
  });
});
