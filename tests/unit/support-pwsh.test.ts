import { describe, expect, it } from 'vitest';
import { announceMissingPwsh, parsePowerShell, PWSH } from '../support/pwsh';

announceMissingPwsh('the PowerShell parser harness self-test');

describe.runIf(PWSH)('PowerShell 7 parser harness', () => {
  // Starting pwsh takes seconds on a loaded machine.
  it('reports tokens, errors and commands as PowerShell reads them (typographic quotes are quotes)', { timeout: 120_000 }, () => {
    const [plain, typographic, broken, expanding] = parsePowerShell([
      "Get-Item -LiteralPath 'C:\\x'",
      "Write-Output \u2018a\u2019; Stop-Computer",
      "Write-Output 'unterminated",
      'Write-Output "a $x $(calc)" \'$y\'',
    ]);
    expect(plain?.errors).toEqual([]);
    expect(plain?.commands).toEqual(['Get-Item']);
    expect(typographic?.commands).toEqual(['Write-Output', 'Stop-Computer']);
    expect(typographic?.tokens.some((token) => token.kind === 'StringLiteral' && token.text === '\u2018a\u2019')).toBe(true);
    expect(broken?.errors.length).toBeGreaterThan(0);
    expect(expanding?.commands).toEqual(['Write-Output', 'calc']);
    expect(expanding?.tokens.map((token) => [token.kind, token.nested])).toEqual([
      ['Generic', []],
      ['StringExpandable', ['Variable', 'DollarParen', 'Identifier', 'RParen']],
      ['StringLiteral', []],
      ['EndOfInput', []],
    ]);
  });
});
