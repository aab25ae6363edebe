import { describe, expect, it } from 'vitest';
import { checkErrorMessages, errorMessageId, findErrorMessageElements } from '../../../src/guides/error-messages';

const body = `Intro.

<ErrorMessage>A specified logon session does not exist.
It may already have been terminated.</ErrorMessage>

More text.
<ErrorMessage>Access is denied.</ErrorMessage>
`;

describe('error messages in guide bodies', () => {
  it('finds each element with its line and folds wrapped lines', () => {
    expect(findErrorMessageElements(body)).toEqual([
      { text: 'A specified logon session does not exist. It may already have been terminated.', line: 3 },
      { text: 'Access is denied.', line: 7 },
    ]);
  });

  it('accepts a body that shows exactly the listed messages', () => {
    const listed = ['A specified logon session does not exist. It may already have been terminated.', 'Access is denied.'];
    expect(checkErrorMessages(listed, findErrorMessageElements(body))).toEqual([]);
  });

  it('reports a listed message the body does not show, and a shown message that is not listed, with its line', () => {
    const problems = checkErrorMessages(['Access is denied.', 'Missing message'], findErrorMessageElements(body));
    expect(problems).toEqual([
      'errorMessages lists "Missing message" but no <ErrorMessage> in the body shows it.',
      'line 3: <ErrorMessage>A specified logon session does not exist. It may already have been terminated.</ErrorMessage> is not listed in the frontmatter\'s errorMessages.',
    ]);
  });

  it('makes stable anchor ids', () => {
    expect(errorMessageId('Access is denied.')).toBe('error-access-is-denied');
    expect(errorMessageId('(Exception from HRESULT: 0x80070520)')).toBe('error-exception-from-hresult-0x80070520');
  });
});
