import { describe, expect, it } from 'vitest';
import { downloadMismatches } from '../browser/support/download-check';

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
