import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The real PowerShell 7 (installed before `npm test` by scripts/ensure-pwsh.mjs as a .NET tool in .tools/pwsh),
 * for tests that parse and run our code with PowerShell's own parser and runtime. Absent on a machine without
 * the .NET SDK: then `PWSH` is undefined and the tests that need it say so loudly, and in CI they fail
 * (see `announceMissingPwsh`).
 */
const root = join(import.meta.dirname, '..', '..');

/** Where pwsh is: PWSH_PATH, else the project's .tools/pwsh/pwsh, else none. */
function findPwsh(): string | undefined {
  const candidates = [process.env['PWSH_PATH'], join(root, '.tools', 'pwsh', 'pwsh')];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path));
}

export const PWSH: string | undefined = findPwsh();

/** A pwsh that hangs (a runbook waiting for input it never gets) fails the test instead of holding CI. */
export const PWSH_TIMEOUT_MS = 240_000;

const inCI = /^(1|true)$/i.test(process.env['CI'] ?? '');

/**
 * Prints a banner that a reader of the test log cannot miss, once per test file. In CI (CI=true) a missing
 * pwsh fails the file instead: these tests are the project's security evidence and may not be skipped there.
 */
export function announceMissingPwsh(what: string): void {
  if (PWSH) return;
  const line = '!'.repeat(100);
  const words =
    `\n${line}\n!!! PowerShell 7 (pwsh) is NOT installed: ${what} did NOT run.\n` +
    `!!! npm test installs it where the .NET SDK exists (scripts/ensure-pwsh.mjs); or set PWSH_PATH.\n` +
    `!!! The tree-sitter grammar tests still ran.\n${line}\n`;
  if (inCI) throw new Error(`${words}CI=true: PowerShell 7 is required in CI.`);
  console.warn(words);
}

/** One token as PowerShell's tokenizer sees it. */
export interface PsToken {
  kind: string;
  text: string;
  flags: string;
  start: number;
  end: number;
  /** Kinds of the tokens inside an expandable string ($x, $( ) ...), in order; none for other tokens. */
  nested: string[];
}

/** What PowerShell's parser makes of one script: its tokens, its errors, and the command names it would call. */
export interface PsParse {
  tokens: PsToken[];
  errors: string[];
  /** Names of every command in the AST (CommandAst.GetCommandName()), in order. */
  commands: string[];
}

// Fast enough for a table-driven test's thousand scripts: an AstVisitor class (FindAll with a script block
// predicate runs script for every node, ten times slower) and plain .NET lists and dictionaries serialized
// by System.Text.Json (ConvertTo-Json takes seconds for the hundreds of thousands of tokens).
const PARSE_SCRIPT = String.raw`
using namespace System.Management.Automation.Language
class CommandNames : AstVisitor {
  [System.Collections.Generic.List[string]]$Names = [System.Collections.Generic.List[string]]::new()
  [AstVisitAction] VisitCommand([CommandAst]$command) { $this.Names.Add([string]$command.GetCommandName()); return [AstVisitAction]::Continue }
}
$ErrorActionPreference = 'Stop'
$inputs = Get-Content -LiteralPath $args[0] -Raw -Encoding utf8 | ConvertFrom-Json
$out = [System.Collections.Generic.List[object]]::new()
foreach ($source in $inputs) {
  $tokens = $null; $errors = $null
  $ast = [Parser]::ParseInput([string]$source, [ref]$tokens, [ref]$errors)
  $tokenList = [System.Collections.Generic.List[object]]::new()
  foreach ($token in $tokens) {
    $nested = [System.Collections.Generic.List[string]]::new()
    foreach ($inner in @($token.NestedTokens)) { if ($null -ne $inner) { $nested.Add([string]$inner.Kind) } }
    $entry = [System.Collections.Generic.Dictionary[string, object]]::new()
    $entry['kind'] = [string]$token.Kind; $entry['text'] = [string]$token.Text; $entry['flags'] = [string]$token.TokenFlags
    $entry['start'] = [int]$token.Extent.StartOffset; $entry['end'] = [int]$token.Extent.EndOffset; $entry['nested'] = $nested
    $tokenList.Add($entry)
  }
  $errorList = [System.Collections.Generic.List[string]]::new()
  foreach ($parseError in $errors) { $errorList.Add([string]$parseError.Message) }
  $commandNames = [CommandNames]::new()
  $ast.Visit($commandNames)
  $result = [System.Collections.Generic.Dictionary[string, object]]::new()
  $result['tokens'] = $tokenList; $result['errors'] = $errorList; $result['commands'] = $commandNames.Names
  $out.Add($result)
}
[System.IO.File]::WriteAllText($args[1], [System.Text.Json.JsonSerializer]::Serialize([object]$out, [object], [System.Text.Json.JsonSerializerOptions]::new()))
`;

/** Runs a PowerShell script file with pwsh and returns what it printed (throws when pwsh fails). */
export function runPwshFile(scriptPath: string, args: readonly string[] = [], options: { cwd?: string } = {}): string {
  if (!PWSH) throw new Error('pwsh is not installed');
  return execFileSync(PWSH, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', scriptPath, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    timeout: PWSH_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Parses many scripts in one pwsh process (starting pwsh costs about a second). */
export function parsePowerShell(sources: readonly string[]): PsParse[] {
  const dir = mkdtempSync(join(tmpdir(), 'pwsh-parse-'));
  try {
    const script = join(dir, 'parse.ps1');
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.json');
    writeFileSync(script, PARSE_SCRIPT, 'utf8');
    writeFileSync(input, JSON.stringify(sources), 'utf8');
    runPwshFile(script, [input, output]);
    const parsed = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as PsParse[];
    return parsed.map((entry) => ({
      tokens: (entry.tokens ?? []).map((token) => ({ ...token, nested: token.nested ?? [] })),
      errors: entry.errors ?? [],
      commands: entry.commands ?? [],
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
