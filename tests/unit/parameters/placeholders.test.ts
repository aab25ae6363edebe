import { describe, expect, it } from 'vitest';
import { cmdMisreadings, findPlaceholders, quotingContextAt, renderCode } from '../../../src/parameters/placeholders';

const at = (language: string, code: string): string => quotingContextAt(language, code, code.indexOf('<<'));

describe('findPlaceholders', () => {
  it('gives names with 1-based line and column', () => {
    expect(findPlaceholders("$a = 1\n$b = '<<accountName>>' # <<x>>")).toEqual([
      { name: 'accountName', start: 13, end: 28, line: 2, column: 7 },
      { name: 'x', start: 32, end: 37, line: 2, column: 26 },
    ]);
  });

  it('ignores things that are not placeholders', () => {
    expect(findPlaceholders('a << b; <<1x>>; << name >>; <name>')).toEqual([]);
  });
});

describe('quotingContextAt for PowerShell', () => {
  it.each([
    ["$a = '<<accountName>>'", 'ps-single'],
    ['$a = "<<accountName>>"', 'ps-double'],
    ['Initialize-X -DomainName <<domainName>>', 'ps-bare'],
    ["$a = 'it''s <<accountName>>'", 'ps-single'],
    ["$a = 'done'; Get-X <<domainName>>", 'ps-bare'],
    ['$a = "say `"hi`" <<accountName>>"', 'ps-double'],
    ["# comment with 'quote\nGet-X <<domainName>>", 'ps-bare'],
    ['# comment <<domainName>>', 'comment'],
    ['<# block\n "still comment <<domainName>>', 'comment'],
    ['Get-X a#b <<domainName>>', 'ps-bare'],
    ['Get-X a;# <<domainName>>', 'comment'],
    ['<# block #> Get-X <<domainName>>', 'ps-bare'],
    ["$h = @'\nline '<<accountName>>\n'@", 'ps-here-single'],
    ["$h = @'\n x'@ <<accountName>>\n'@", 'ps-here-single'],
    ['$h = @"\n x"@ <<accountName>>\n"@', 'ps-double'],
    ['$a = "x $(Get-Y "<<accountName>>") z"', 'ps-double'],
    ['$a = "x $(Get-Y (1) <<accountName>>) z"', 'ps-bare'],
    ['$a = "x $(Get-Y (1)) <<accountName>>"', 'ps-double'],
    ['$a = "x $(Get-Y \'<<accountName>>\')"', 'ps-single'],
    ['$a = "x `$(Get-Y <<accountName>>"', 'ps-double'],
    ['$a = "x" + (Get-Y) + <<accountName>>', 'ps-bare'],
    ['$h = @"\nline "<<accountName>>\n"@', 'ps-double'],
    ["$h = @'\nx\n'@\nGet-X <<domainName>>", 'ps-bare'],
    ["$a = \u2018<<accountName>>\u2019", 'ps-single'],
    ["$a = '<<accountName>>'; $b = '<<passwordOU>>'", 'ps-single'],
  ])('%s -> %s', (code, context) => {
    expect(at('powershell', code)).toBe(context);
  });

  it('treats placeholders as opaque while reading', () => {
    const code = "$a = '<<accountName>>'\nGet-X <<domainName>>";
    expect(quotingContextAt('powershell', code, code.indexOf('<<domainName'))).toBe('ps-bare');
  });
});

describe('quotingContextAt for cmd and text', () => {
  it.each([
    ['netsh interface ipv6 add address interface=<<lanInterface>>', 'cmd-bare'],
    ['appcmd set config "<<iisSiteName>>/ews"', 'cmd-quoted'],
    ['netsh x "a" <<lanInterface>>', 'cmd-bare'],
    ['echo "\nnetsh <<lanInterface>>', 'cmd-bare'],
    // PowerShell, where admins paste cmd lines, reads no comment there: the value is an argument.
    ['REM <<lanInterface>>', 'cmd-bare'],
    [':: <<lanInterface>>', 'cmd-bare'],
    ['@rem "<<lanInterface>>"', 'cmd-quoted'],
    ['remark <<lanInterface>>', 'cmd-bare'],
    ['echo ^"<<lanInterface>>', 'cmd-bare'],
    ['echo "a^"<<lanInterface>>', 'cmd-bare'],
    ['echo ^^"<<lanInterface>>', 'cmd-quoted'],
  ])('%s -> %s', (code, context) => {
    expect(at('cmd', code)).toBe(context);
  });

  it('anything else is text', () => {
    expect(at('text', "'<<accountName>>'")).toBe('text');
  });
});

describe('cmdMisreadings: cmd lines as PowerShell reads them', () => {
  it.each([
    ['netsh x interface=<<lanInterface>> y', []],
    ['appcmd set config "<<iisSiteName>>/ews"', []],
    ['REM <<lanInterface>>', []],
    ["echo it's <<lanInterface>>", ['lanInterface']],
    ['netsh x #<<lanInterface>>', ['lanInterface']],
    ["echo '<<lanInterface>>'", ['lanInterface']],
    ["echo '\"<<lanInterface>>\"'", ['lanInterface']],
    ['echo ^"<<lanInterface>>', ['lanInterface']],
  ])('%s', (code, names) => {
    expect(cmdMisreadings('cmd', code).map((found) => found.name)).toEqual(names);
  });

  it('reads only cmd blocks', () => {
    expect(cmdMisreadings('powershell', "$a = '<<accountName>>'")).toEqual([]);
  });
});

describe('renderCode', () => {
  const values = { accountName: "O'Brien\\x", lanInterface: 'Local Area Connection', domainName: 'contoso.com' };

  it('quotes each value for where it sits and reports where it ended up', () => {
    const { code, placeholders } = renderCode('powershell', "$a = '<<accountName>>'\nInit -D <<domainName>>", values);
    expect(code).toBe("$a = 'O''Brien\\x'\nInit -D 'contoso.com'");
    expect(placeholders).toEqual([
      { name: 'accountName', context: 'ps-single', start: 6, end: 16 },
      { name: 'domainName', context: 'ps-bare', start: 26, end: 39 },
    ]);
    expect(placeholders.map((placeholder) => code.slice(placeholder.start, placeholder.end))).toEqual(["O''Brien\\x", "'contoso.com'"]);
  });

  it('stops on a value that no quoting makes safe where it sits, rather than write a broken command', () => {
    expect(() => renderCode('cmd', 'netsh set interface <<lanInterface>>', { lanInterface: '100%' })).toThrow(/cannot be put safely in a Command Prompt line, which cmd.exe and PowerShell may both read: it has "%": cmd.exe expands %NAME% even inside quotes/);
    expect(() => renderCode('powershell', '<# for <<lanInterface>> #>', { lanInterface: 'x #> calc' })).toThrow(/cannot be put safely in a PowerShell comment/);
  });

  it('quotes a cmd argument that has spaces', () => {
    const { code, placeholders } = renderCode('cmd', 'netsh x interface=<<lanInterface>> forwarding=enabled', values);
    expect(code).toBe('netsh x interface="Local Area Connection" forwarding=enabled');
    expect(code.slice(placeholders[0]?.start, placeholders[0]?.end)).toBe('"Local Area Connection"');
  });

  it('refuses a placeholder that PowerShell reads differently from cmd.exe, naming it with line and column', () => {
    expect(() => renderCode('cmd', "netsh x\necho it's <<lanInterface>>", values)).toThrow(
      "<<lanInterface>> at line 2, column 11 of a cmd code block sits where PowerShell reads the line differently from cmd.exe",
    );
  });

  it('refuses an unknown placeholder, naming it with line and column', () => {
    expect(() => renderCode('powershell', 'x\n  <<acountName>>', values)).toThrow('Unknown parameter <<acountName>> at line 2, column 3');
  });
});
