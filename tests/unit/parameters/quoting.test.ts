import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/parameters/problem-messages';
import { placeValue, quoteValue } from '../../../src/parameters/quoting';

describe('PowerShell single-quoted strings', () => {
  it.each([
    ['CONTOSO\\AAD_1', 'CONTOSO\\AAD_1'],
    ["'; Remove-Item C:\\ -Recurse; '", "''; Remove-Item C:\\ -Recurse; ''"],
    ['$(Stop-Computer)', '$(Stop-Computer)'],
    ['`"', '`"'],
    ['\u2018x\u2019', '\u2018\u2018x\u2019\u2019'],
    ['\u201Ax\u201B', '\u201A\u201Ax\u201B\u201B'],
  ])('%s stays inside the quotes as %s', (value, quoted) => {
    expect(quoteValue(value, 'ps-single')).toBe(quoted);
  });
});

describe('PowerShell double-quoted strings', () => {
  it.each([
    ['C:\\Program Files\\AAD', 'C:\\Program Files\\AAD'],
    ['$(Stop-Computer)', '`$(Stop-Computer)'],
    ['$env:PATH', '`$env:PATH'],
    ['"; calc; "', '`"; calc; `"'],
    ['`', '``'],
    ['\u201Cx\u201D\u201E', '`\u201Cx`\u201D`\u201E'],
    ["it's", "it's"],
  ])('%s becomes %s', (value, quoted) => {
    expect(quoteValue(value, 'ps-double')).toBe(quoted);
  });
});

describe('PowerShell bare arguments', () => {
  it.each([
    ['contoso.com', "'contoso.com'"],
    ['Default Web Site', "'Default Web Site'"],
    ['-Force', "'-Force'"],
    ['a;calc', "'a;calc'"],
    ["x'; calc", "'x''; calc'"],
    ['@(1)', "'@(1)'"],
    ['', "''"],
  ])('%s is always a string, %s, never a command or a parameter', (value, quoted) => {
    expect(quoteValue(value, 'ps-bare')).toBe(quoted);
  });
});

describe('PowerShell here-strings', () => {
  it.each([
    ["it's", "it's"],
    ['$(Stop-Computer)', '$(Stop-Computer)'],
    ["x'@", "x'@"],
  ])('%s is written as it is, %s', (value, written) => {
    expect(quoteValue(value, 'ps-here-single')).toBe(written);
  });

  it("refuses a value that starts with '@, which would end the here-string", () => {
    expect(placeValue("'@\nStop-Computer", 'ps-here-single')).toMatchObject({ ok: false });
    expect(placeValue("'@; Stop-Computer", 'ps-here-single')).toEqual({ ok: false, problem: { code: 'hereStringEnd' } });
    expect(problemMessage({ code: 'hereStringEnd' })).toBe("This value cannot be put safely in a PowerShell here-string: it starts with '@, which would end it.");
  });
});

describe('comments', () => {
  it('keep a value as it is', () => {
    expect(quoteValue('a; b $(c)', 'comment')).toBe('a; b $(c)');
  });

  it.each(['x #> Stop-Computer <#', 'a\nStop-Computer'])('refuse %j, which would end the comment', (value) => {
    expect(placeValue(value, 'comment').ok).toBe(false);
  });
});

describe('cmd.exe and netsh arguments', () => {
  it.each([
    ['IP6Tunnel', 'IP6Tunnel'],
    ['Local Area Connection', '"Local Area Connection"'],
    ['2001:db8::1', '2001:db8::1'],
    ['a&calc', '"a&calc"'],
    ['a|b', '"a|b"'],
    ['a^b', '"a^b"'],
    ['a=b', '"a=b"'],
    ['(x)', '"(x)"'],
    ['', '""'],
    // Quoted for PowerShell, where the line may be pasted: a quote, a leading hyphen, a splat, a comment, a block.
    ["O'Brien", '"O\'Brien"'],
    ['a\u2018b', '"a\u2018b"'],
    ['-Force', '"-Force"'],
    ['\u2013x.y', '"\u2013x.y"'],
    ['@x', '"@x"'],
    ['#x', '"#x"'],
    ['{x}', '"{x}"'],
    ['a+b-c', 'a+b-c'],
    ['1e2', '1e2'],
    ['r\u00E9seau', '"r\u00E9seau"'],
  ])('bare %s becomes %s', (value, quoted) => {
    expect(quoteValue(value, 'cmd-bare')).toBe(quoted);
  });

  it.each([
    ['" & calc & "', 'it has \'"\': a double quote would end the quotes'],
    ['a"b', 'it has \'"\''],
    ['%PATH%', 'it has "%": cmd.exe expands %NAME% even inside quotes'],
    ['!PATH!', 'it has "!": cmd.exe expands !NAME! when delayed expansion is on'],
    ['$(Stop-Computer)', 'it has "$": PowerShell, where Command Prompt lines are often pasted, expands $ inside quotes'],
    ['--% calc', 'it has "%"'],
    ['`"; calc', 'it has "`": PowerShell, where Command Prompt lines are often pasted, reads the backtick as an escape character'],
    ['x\u201C (Stop-Computer) \u201Cx', 'it has "\u201C": a double quote would end the quotes around the value, in cmd.exe or in PowerShell'],
    ['x\u201E', 'it has "\u201E"'],
  ])('refuses %j, which no quoting makes inert in both cmd.exe and PowerShell', (value, why) => {
    for (const context of ['cmd-bare', 'cmd-quoted'] as const) {
      const placed = placeValue(value, context);
      expect(placed.ok, context).toBe(false);
      if (!placed.ok) expect(problemMessage(placed.problem)).toContain(`This value cannot be put safely in a Command Prompt line, which cmd.exe and PowerShell may both read: ${why}`);
    }
  });

  it('refuses a trailing backslash, which would escape the closing quote', () => {
    for (const context of ['cmd-bare', 'cmd-quoted'] as const) {
      const placed = placeValue('a b\\', context);
      expect(placed).toEqual({ ok: false, problem: { code: 'cmdBackslash' } });
      if (!placed.ok) expect(problemMessage(placed.problem)).toContain('it ends with a backslash, which would escape the closing quote');
    }
  });

  it('leaves a value inside the author\'s quotes as it is', () => {
    expect(quoteValue('Default Web Site', 'cmd-quoted')).toBe('Default Web Site');
  });
});

describe('line breaks and control characters', () => {
  it.each(['a\nb', 'a\rb', 'a\u2028b', 'a\u0085b', 'a\u0000b'])('are refused in every shell context (%j)', (value) => {
    for (const context of ['ps-single', 'ps-here-single', 'ps-double', 'ps-bare', 'cmd-bare', 'cmd-quoted', 'comment'] as const) {
      expect(() => quoteValue(value, context)).toThrow(/cannot be put safely/);
    }
  });

  it('plain text is left alone', () => {
    expect(quoteValue('a\nb', 'text')).toBe('a\nb');
  });
});

describe('invisible and direction-changing characters', () => {
  it.each(['a\u200Bb', 'a\u202Eb', 'a\u2066b', 'a\uFEFFb', 'a\u00A0b'])('are refused in every context, plain text included (%j)', (value) => {
    for (const context of ['ps-single', 'ps-here-single', 'ps-double', 'ps-bare', 'cmd-bare', 'cmd-quoted', 'comment', 'text'] as const) {
      const placed = placeValue(value, context);
      expect(placed.ok, context).toBe(false);
      if (!placed.ok) expect(problemMessage(placed.problem), context).toMatch(/invisible, control or look-alike character U\+[0-9A-F]{4}/);
    }
  });
});
