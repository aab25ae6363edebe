import { describe, expect, it } from 'vitest';
import { downloadMismatches, fillsPlaces, shellReadings } from '../support/download-check';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const shown = [
  { language: 'powershell', code: "$ou = 'OU=Отдел,DC=x'\nGet-ADObject $ou\n" },
  { language: 'cmd', code: 'netsh interface ipv6 show address\n' },
  { language: 'text', code: 'not a command' },
];

describe('downloadMismatches', () => {
  const script = "# t\r\n$ou = 'OU=Отдел,DC=x'\r\nGet-ADObject $ou\r\ncmd.exe /d /c --% netsh interface ipv6 show address\r\n";

  it('accepts a file that holds every block, with or without a byte order mark', () => {
    expect(downloadMismatches(utf8(script), shown)).toEqual([]);
    expect(downloadMismatches(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(script)]), shown)).toEqual([]);
  });

  it('reports a changed value, a missing line, a refused value and bytes that are not UTF-8', () => {
    expect(downloadMismatches(utf8(script.replace('Отдел', 'Other')), shown)).toEqual([`missing PowerShell block:\n${shown[0]!.code.trimEnd()}`]);
    expect(downloadMismatches(utf8(script.replace('show address', 'show route')), shown)).toEqual(['missing cmd line: netsh interface ipv6 show address']);
    expect(downloadMismatches(utf8(`${script}<ou: invalid>\r\n`), shown)).toEqual(['the file holds a value the page refused']);
    expect(downloadMismatches(new Uint8Array([0xd1, 0x27]), [])).toEqual(['the file is not UTF-8']);
    expect(downloadMismatches(utf8(`${script}x\ry\r\n`), shown)).toEqual(['a line ends with a lone CR']);
  });
});

describe('shellReadings', () => {
  const text = "$ou = 'OU=\u0442,DC=x'\r\n";
  it('reads a .ps1 with a BOM as UTF-8 in both PowerShells, and one without as Windows-1252 in 5.1', () => {
    expect(shellReadings(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'a.ps1')).toEqual({
      readings: [
        { shell: 'Windows PowerShell 5.1', text },
        { shell: 'PowerShell 7', text },
      ],
      problems: [],
    });
    // т is D1 82: 0x82 is a low quote (U+201A) in Windows-1252, which PowerShell reads as a quote.
    expect(shellReadings(utf8(text), 'a.ps1').readings[0]!.text).toBe("$ou = 'OU=\u00D1\u201A,DC=x'\r\n");
  });

  it('reads a .cmd as ASCII, and says so when it holds other bytes without a code page, or a BOM', () => {
    expect(shellReadings(utf8('netsh a\r\n'), 'a.cmd')).toEqual({ readings: [{ shell: 'cmd.exe', text: 'netsh a\r\n' }], problems: [] });
    expect(shellReadings(utf8('netsh \u0442\r\n'), 'a.cmd').problems).toEqual(['a .cmd holds bytes outside ASCII and sets no code page: each console code page reads them differently']);
    expect(shellReadings(utf8('chcp 65001\r\nnetsh \u0442\r\n'), 'a.cmd')).toEqual({ readings: [{ shell: 'cmd.exe', text: 'chcp 65001\r\nnetsh \u0442\r\n' }], problems: [] });
    expect(shellReadings(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('netsh a')]), 'a.cmd').problems).toEqual(['a .cmd starts with a byte order mark, which cmd.exe reads as part of its first command']);
  });
});

describe('fillsPlaces', () => {
  const fills = new Map([
    ['ZZouZZ', ["x''y", "x''''y"]],
    ['ZZnZZ', ['a b']],
  ]);
  it('accepts the template with one accepted text in each place, and nothing else', () => {
    expect(fillsPlaces("'OU=ZZouZZ' ZZnZZ", "'OU=x''y' a b", fills)).toBe(true);
    expect(fillsPlaces("'ZZouZZ'", "'x''''y'", fills)).toBe(true);
    expect(fillsPlaces("'ZZouZZ'", "'x''y x''y'", fills)).toBe(false);
    expect(fillsPlaces("'ZZouZZ'", "'x'y'", fills)).toBe(false);
    expect(fillsPlaces("'ZZouZZ' ZZnZZ", "'x''y' a b; calc", fills)).toBe(false);
  });
});
