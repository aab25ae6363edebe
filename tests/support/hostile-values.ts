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
  { attack: "close the downloaded runbook's step block and start a command", value: "'} }; calc; @{ Run = {'" },
  { attack: 'batch-file parameter expansion (a .cmd reads %~dp0 as its own folder)', value: '%~dp0calc' },
  { attack: 'PowerShell stop-parsing token', value: '--% & calc' },
];
