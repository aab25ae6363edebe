/**
 * The one table of hostile reader values: every test that tries to break a command out of its string
 * (grammar, real PowerShell, cmd, downloads, the browser: URL, typed, remembered) reads its payloads here,
 * so a new class of attack is one new row.
 */
export interface HostileValue {
  /** The class of attack this row stands for (several rows may share one). */
  attack: string;
  value: string;
}

export const HOSTILE_VALUES: readonly HostileValue[] = [
  { attack: 'close a single-quoted PowerShell string', value: "'; Remove-Item C:\\ -Recurse; '" },
  { attack: 'close a double-quoted string', value: '"; Stop-Computer; "' },
  { attack: 'PowerShell subexpression', value: '$(Stop-Computer)' },
  { attack: 'PowerShell backtick escape', value: '`"; calc; `"' },
  { attack: 'typographic single quotes (PowerShell reads them as quotes)', value: '\u2018; calc; \u2019' },
  { attack: 'typographic double quotes (PowerShell reads them as quotes)', value: '\u201C; calc; \u201D' },
  { attack: 'typographic quotes around a subexpression in "..."', value: 'x\u201C (Stop-Computer) \u201Cx' },
  { attack: 'string concatenation', value: "x' + (calc) + 'y" },
  { attack: 'PowerShell array subexpression', value: '@(calc)' },
  { attack: 'call operator', value: '& calc' },
  { attack: 'parameter injection', value: '-Force' },
  { attack: 'pipeline', value: '| Out-File x' },
  { attack: 'variable expansion', value: '${env:PATH}' },
  { attack: 'comment', value: '# comment' },
  { attack: 'block comment', value: '<# x #>' },
  { attack: 'doubled quotes', value: "'' ''" },
  { attack: 'end a block comment', value: 'x #> calc <#' },
  { attack: 'end a here-string', value: "'@ calc" },
  { attack: 'cmd command separator', value: 'a & calc' },
  { attack: 'cmd pipe and redirection', value: 'a | calc > x' },
  { attack: 'cmd variable expansion', value: '%COMSPEC%' },
  { attack: 'cmd delayed expansion', value: '!COMSPEC!' },
  { attack: 'cmd caret escape', value: 'a^& calc' },
  { attack: 'trailing backslash before a closing quote', value: 'a\\' },
  { attack: 'non-ASCII read as a quote by Windows-1252 (т is D1 82; 0x82 is a low quote)', value: '\u0442;calc;\u0442\\a' },
  { attack: 'zero-width space (display differs from what runs)', value: 'a\u200Bb' },
  { attack: 'right-to-left override (display differs from what runs)', value: 'a\u202Eb' },
  { attack: 'line separator', value: 'a\u2028calc' },
  { attack: 'line break', value: 'a\ncalc' },
  { attack: 'typographic low quotes (PowerShell reads them as quotes)', value: '\u201A; calc; \u201B' },
  { attack: 'typographic low double quote closing a "..." string', value: 'x\u201E; calc; \u201Ex' },
  { attack: 'typographic dash starting a parameter (PowerShell reads it as a hyphen)', value: '\u2013Force' },
  { attack: 'dash and dot (PowerShell splits -x.y into two arguments of a native command)', value: '-x.y' },
  { attack: 'stop-parsing token', value: '--% & calc' },
  { attack: 'splatting', value: '@args' },
  { attack: 'PowerShell subexpression in a Command Prompt value', value: 'a$(calc)b' },
  { attack: 'end a double-quoted here-string', value: '"@ calc' },
  { attack: 'cmd line continuation (trailing caret)', value: 'a^' },
  { attack: 'trailing backslash in a quoted value', value: 'a b\\' },
  { attack: 'netsh option injected as a value (tag=value)', value: 'forwarding=disabled' },
  { attack: 'no-break space (PowerShell splits words there, cmd.exe does not)', value: 'a\u00A0calc' },
  { attack: 'byte order mark (invisible)', value: '\uFEFFcalc' },
  { attack: 'right-to-left mark (display differs from what runs)', value: "a\u200F'; calc; '" },
  { attack: 'bidirectional isolate (display differs from what runs)', value: 'a\u2066b\u2069c' },
  { attack: 'soft hyphen (invisible)', value: 'cal\u00ADc' },
  { attack: 'Hangul filler (invisible letter)', value: 'a\u3164b' },
  { attack: 'tag character (invisible)', value: 'a\u{E0041}b' },
  { attack: 'lone surrogate', value: 'a\uD800b' },
  { attack: 'leading combining mark (merges with the quote before it)', value: "\u0338'; calc" },
  { attack: 'right-to-left letters around quotes (reordered on display)', value: "\u05D0'; calc; '\u05D1" },
  { attack: 'wildcards in a path', value: 'C:\\Program Files\\Micro[s]oft*' },
  { attack: 'user-writable folder a module would be imported from', value: 'C:\\Users\\Public\\Downloads' },
  { attack: 'UNC path a module would be imported from', value: '\\\\attacker\\share' },
  { attack: '8.3 short name of a user-writable folder', value: 'C:\\PROGRA~3\\x' },
  { attack: 'IPv6 prefix that is not global unicast (unspecified)', value: '::/64' },
  { attack: 'IPv6 prefix that is not global unicast (link-local)', value: 'fe80::/64' },
  { attack: 'IPv6 prefix that is not global unicast (multicast)', value: 'ff02::/64' },
  { attack: 'private IPv4 address where a public one is expected', value: '192.168.1.1' },
  { attack: 'NetBIOS domain part with code', value: "EVIL';calc;'\\a" },
  { attack: 'distinguished name with a typographic quote', value: 'OU=x\u201C; calc; \u201C,DC=contoso,DC=com' },
  { attack: "close the downloaded runbook's step block and start a command", value: "'} }; calc; @{ Run = {'" },
  // Shaped like the type, so that the validators accept them: they must then be inert where they sit.
  { attack: 'close a single-quoted string inside a valid distinguished name', value: "OU=x'$(calc)'x,DC=contoso,DC=com" },
  { attack: 'end a here-string inside a valid distinguished name', value: "OU=x'@,DC=contoso,DC=com" },
  { attack: 'backtick and subexpression inside a valid distinguished name', value: 'OU=x`$(calc),DC=contoso,DC=com' },
  { attack: 'escaped separators around code in a distinguished name (т is D1 82; 0x82 is a low quote in Windows-1252)', value: 'OU=\u0442\\;calc\\;\u0442,DC=contoso,DC=com' },
  { attack: 'close a single-quoted string inside a valid account name', value: "CONTOSO\\x'$(calc)" },
  { attack: 'non-ASCII account name (its UTF-8 bytes, read as Windows-1252, hold a quote)', value: 'CONTOSO\\\u0442\u0435\u0441\u0442' },
  { attack: 'close a single-quoted string inside a valid program folder', value: "C:\\Program Files\\x'$(calc)'" },
  { attack: 'batch-file parameter expansion (a .cmd reads %~dp0 as its own folder)', value: '%~dp0calc' },
];

/**
 * A value as an attacker's link carries it: percent-encoded UTF-8, and a lone surrogate (which
 * encodeURIComponent refuses) as the three bytes a crafted link would hold for it.
 */
export function asLinkSends(value: string): string {
  return [...value]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
      }
      return encodeURIComponent(char);
    })
    .join('');
}
