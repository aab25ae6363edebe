/** A code block as the page shows it. */
export interface ShownBlock {
  language: string;
  code: string;
}

/**
 * What differs between a downloaded script and the page (pure: bytes in, problems out): the file
 * must be UTF-8 (a byte order mark allowed), hold every runnable block the page shows, exactly
 * (each cmd line may be handed to cmd.exe by a .ps1), and no value the page refused.
 */
export function downloadMismatches(bytes: Uint8Array, shown: readonly ShownBlock[]): string[] {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/\r\n/g, '\n');
  } catch {
    return ['the file is not UTF-8'];
  }
  const problems: string[] = [];
  if (text.includes('\r')) problems.push('a line ends with a lone CR');
  if (/<[A-Za-z]+: invalid>/.test(text)) problems.push('the file holds a value the page refused');
  for (const block of shown) {
    if (block.language === 'powershell') {
      const code = block.code.replace(/\s+$/, '');
      if (!text.includes(code)) problems.push(`missing PowerShell block:\n${code}`);
    } else if (block.language === 'cmd') {
      for (const line of block.code.split('\n').map((l) => l.trim()).filter(Boolean)) {
        if (!text.split('\n').some((fileLine) => fileLine === line || fileLine.endsWith(` ${line}`))) problems.push(`missing cmd line: ${line}`);
      }
    }
  }
  return problems;
}

/** A downloaded script's text as one shell reads its bytes. */
export interface ShellReading {
  shell: 'Windows PowerShell 5.1' | 'PowerShell 7' | 'cmd.exe';
  text: string;
}

/**
 * The bytes as each shell that may run the file reads them (pure): a .ps1 by Windows PowerShell 5.1
 * (UTF-8 after a byte order mark, else the ANSI code page, Windows-1252 here) and by PowerShell 7 (UTF-8);
 * a .cmd by cmd.exe, in the console's code page, which differs between machines: ASCII only, unless the
 * script switches to UTF-8 itself (chcp 65001). Problems: what a shell cannot read as the page meant.
 */
export function shellReadings(bytes: Uint8Array, filename: string): { readings: ShellReading[]; problems: string[] } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = (data: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
  if (filename.endsWith('.ps1')) {
    const body = bom ? bytes.subarray(3) : bytes;
    return {
      readings: [
        { shell: 'Windows PowerShell 5.1', text: bom ? utf8(body) : new TextDecoder('windows-1252').decode(body) },
        { shell: 'PowerShell 7', text: utf8(body) },
      ],
      problems: [],
    };
  }
  if (filename.endsWith('.cmd')) {
    const ascii = [...(bom ? bytes.subarray(3) : bytes)].every((byte) => byte < 0x80);
    const declaresUtf8 = /^chcp 65001\b/im.test(new TextDecoder('latin1').decode(bytes));
    const problems = [
      ...(bom ? ['a .cmd starts with a byte order mark, which cmd.exe reads as part of its first command'] : []),
      ...(!ascii && !declaresUtf8 ? ['a .cmd holds bytes outside ASCII and sets no code page: each console code page reads them differently'] : []),
    ];
    return { readings: [{ shell: 'cmd.exe', text: declaresUtf8 ? utf8(bytes) : new TextDecoder('latin1').decode(bytes) }], problems };
  }
  return { readings: [], problems: [`${filename} is neither a .ps1 nor a .cmd`] };
}

/**
 * Whether `actual` is `template` with each place (a marker, ZZnameZZ) holding exactly one of the texts
 * that parameter may show there (its value as quoted for that place), and nothing else changed.
 */
export function fillsPlaces(template: string, actual: string, fills: ReadonlyMap<string, readonly string[]>): boolean {
  const parts = template.split(/(ZZ\w+?ZZ\u0436?)/);
  const match = (part: number, at: number): boolean => {
    if (part === parts.length) return at === actual.length;
    const piece = parts[part]!;
    if (part % 2 === 0) return actual.startsWith(piece, at) && match(part + 1, at + piece.length);
    return (fills.get(piece) ?? []).some((fill) => actual.startsWith(fill, at) && match(part + 1, at + fill.length));
  };
  return match(0, 0);
}
