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
      '1. **Find the connector.** This lists the connectors',
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
      { name: 'Find the connector', text: 'Find the connector. This lists the connectors with their state:' },
      { name: undefined, text: 'Open Server Manager and go to Roles > server name.' },
      { name: undefined, text: 'Type ! to quit; see the docs.' },
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
