import { describe, expect, it } from 'vitest';
import { runbookOutline, stepTitle } from '../../../src/procedure/runbook';

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

  it('keeps titles short, on one line, without markup', () => {
    expect(stepTitle('**Give the `connector` account <em>permissions</em>:**')).toBe('Give the connector account permissions');
    expect(stepTitle('Run the tool. It takes no parameters.')).toBe('Run the tool');
    const long = stepTitle(`${'word '.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(93);
    expect(long.endsWith('word...')).toBe(true);
  });
});
