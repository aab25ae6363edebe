import { describe, expect, it } from 'vitest';
import { findSteps, markdownToText } from '../../../src/guides/steps';

describe('findSteps', () => {
  it('takes the top-level items of the list under ## Steps, each as its first paragraph', () => {
    const body = [
      '## Before you begin',
      '',
      '1. Not a step: another section.',
      '',
      '## Steps',
      '',
      '1. <Step id="find-connector" /> **Find the connector.** This lists the connectors',
      '   with their state:',
      '',
      '   ```powershell',
      '   Get-ADSyncConnector',
      '   ```',
      '',
      '   The one ending in ` - AAD` is it.',
      '',
      '2. Open **Server Manager** and go to **Roles > *server name***.',
      '   - a nested list item',
      '10. Type `!` to quit; see [the docs](https://learn.microsoft.com/).',
      '',
      '## Verify',
      '',
      '1. Not a step either.',
    ].join('\n');
    expect(findSteps(body)).toEqual([
      { id: 'find-connector', line: 7, name: 'Find the connector', text: 'Find the connector. This lists the connectors with their state:' },
      { id: undefined, line: 16, name: undefined, text: 'Open Server Manager and go to Roles > server name.' },
      { id: undefined, line: 18, name: undefined, text: 'Type ! to quit; see the docs.' },
    ]);
  });

  it('reads only a well-formed <Step id="..." /> at the start of an item as its id', () => {
    const body = ['## Steps', '', '1. <Step id="a" />**Bold.** x', "2. <Step id='b' /> y", '3. z <Step id="c" />', '4. <Step  id="d"/> w'].join('\n');
    expect(findSteps(body).map((step) => [step.id, step.name, step.text])).toEqual([
      ['a', 'Bold', 'Bold. x'],
      [undefined, undefined, "<Step id='b' /> y"],
      [undefined, undefined, 'z <Step id="c" />'],
      ['d', undefined, 'w'],
    ]);
  });

  it('finds none in a guide without a Steps section', () => {
    expect(findSteps('## Verify\n\n1. Check it.\n')).toEqual([]);
  });
});

describe('markdownToText', () => {
  it('keeps code spans verbatim and snake_case words whole', () => {
    expect(markdownToText('Copy `support\\adprep` and set **msDS_Key** or *x*, not lockout_time_value')).toBe('Copy support\\adprep and set msDS_Key or x, not lockout_time_value');
    expect(markdownToText('Run `**not bold**` and \\*literal\\*')).toBe('Run **not bold** and *literal*');
    expect(markdownToText('Choose option **1**, **Edit user data**, then **Roles > *server name***.')).toBe('Choose option 1, Edit user data, then Roles > server name.');
  });
});

describe('markdownToText around code spans', () => {
  it('drops emphasis that holds a code span, keeping the code verbatim', () => {
    expect(markdownToText('**Grant write access to `publicDelegates`.** Not in the post: `a*b*c`.')).toBe('Grant write access to publicDelegates. Not in the post: a*b*c.');
  });
});
