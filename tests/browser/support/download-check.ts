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
