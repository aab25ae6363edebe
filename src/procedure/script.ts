import type { RunElsewhere } from '../markdown/code-meta';
import { quoteValue } from '../parameters/quoting';
import { CMD_LANGUAGES, isRunnable, type RunbookOutline } from './runbook';
import { DEFAULT_SHELL, type Shell } from './shell-choice';

/** One code block as the reader sees it (values filled in). */
export interface RunbookBlock {
  language: string;
  code: string;
  /** The block's own title (title="..."), shown when a step has several blocks. */
  title?: string;
  /** Where the reader runs it by hand (run="client"...): the runbook shows it and never runs it. */
  run?: RunElsewhere;
}

const PLACES: Record<RunElsewhere, string> = {
  client: 'on each client',
  'exchange-shell': 'in the Exchange Management Shell',
  'schema-master': 'on the schema master',
};

/**
 * What the runbook says before a block it does not run ("Run this on each test client, by hand:"), and
 * the block's title without the place when the title already names it ("On each test client: ...").
 */
export function elsewhereLabel(run: RunElsewhere, title: string): { instruction: string; title: string } {
  const named = run === 'client' ? /^On (each [^:]*client[^:]*?)\s*:\s*(.*)$/i.exec(title) : null;
  const rest = named ? named[2]! : title;
  return {
    instruction: `Run this ${named ? `on ${named[1]!}` : PLACES[run]}, by hand:`,
    title: rest.charAt(0).toUpperCase() + rest.slice(1),
  };
}

/** A step part's label when a step has several blocks ("Part 2 of 3: Address and default route"). */
function partLabel(step: RunbookStep, index: number): string {
  if (step.blocks.length < 2) return '';
  const block = step.blocks[index]!;
  const title = block.run ? elsewhereLabel(block.run, block.title ?? '').title : block.title;
  return `Part ${index + 1} of ${step.blocks.length}${title ? `: ${title}` : ''}`;
}

/** One step of the downloaded runbook: its number and title as in the guide, and its code (none: done by hand). */
export interface RunbookStep {
  number: number;
  title: string;
  blocks: RunbookBlock[];
}

/** A downloadable script: file name and text. */
export interface GuideScript {
  filename: string;
  text: string;
}

export type ScriptResult = { ok: true; script: GuideScript } | { ok: false; problem: string };

/**
 * Puts the code of the page's blocks (in document order) into the steps the build found in the MDX, taking
 * the reader's way (`shell`) of a step that has a Command Prompt and a PowerShell tab.
 * The two lists come from the same blocks; if they ever disagree, no script is better than a wrong one.
 */
export function runbookSteps(outline: RunbookOutline, blocks: readonly RunbookBlock[], shell: Shell = DEFAULT_SHELL): RunbookStep[] | { problem: string } {
  const languages = (list: readonly { language: string }[]): string => list.map((block) => block.language).join(',');
  if (languages(outline.blocks) !== languages(blocks)) {
    return { problem: 'The code blocks on this page do not match the guide: reload the page and try again.' };
  }
  const steps = outline.steps.map((step): RunbookStep => ({ ...step, blocks: [] }));
  outline.blocks.forEach((place, index) => {
    const block = blocks[index]!;
    const step = steps.find((candidate) => candidate.number === place.step);
    if (place.shell !== undefined && place.shell !== shell) return;
    if (step && isRunnable(block.language)) step.blocks.push({ language: block.language, code: block.code, title: place.title, ...(place.run ? { run: place.run } : {}) });
  });
  return steps;
}

/**
 * Makes the guide's runbook: each step shows its title and commands, asks "Run this step?", keeps a
 * transcript, stops at the first failure and says how to resume. A `.cmd` when every command is cmd.exe
 * and the text is ASCII; else a `.ps1`, where cmd.exe lines run through cmd.exe. Undefined when no step
 * has a command.
 */
export function buildGuideScript(slug: string, title: string, steps: readonly RunbookStep[]): ScriptResult | undefined {
  const blocks = steps.flatMap((step) => step.blocks);
  if (blocks.length === 0) return undefined;
  const allCmd = blocks.every((block) => CMD_LANGUAGES.has(block.language));
  // cmd.exe reads a batch file in the console's code page, which differs from machine to machine, and
  // is unreliable with UTF-8 (chcp 65001); PowerShell passes a command line to cmd.exe as Unicode.
  const ascii = [title, ...steps.map((step) => step.title), ...blocks.map((block) => block.code)].every((text) => /^[\x20-\x7E\t\r\n]*$/.test(text));
  if (allCmd && ascii) return { ok: true, script: { filename: `${slug}.cmd`, text: cmdScript(slug, title, steps) } };
  for (const block of blocks.filter((candidate) => CMD_LANGUAGES.has(candidate.language) && !candidate.run)) {
    for (const line of lines(block.code)) {
      const problem = verbatimProblem(line);
      if (problem) return { ok: false, problem };
    }
  }
  const note = allCmd
    ? 'Your values have characters outside ASCII, which cmd.exe cannot read from a batch file on every machine: this PowerShell script runs the same Command Prompt commands through cmd.exe.'
    : '';
  return { ok: true, script: { filename: `${slug}.ps1`, text: powershellScript(slug, title, steps, note) } };
}

/**
 * The bytes to save. Windows PowerShell 5.1 reads a .ps1 without a byte order mark as Windows-1252,
 * where the UTF-8 bytes of a letter can become a quote: a .ps1 is UTF-8 with a BOM. A .cmd is ASCII,
 * which every code page reads alike (a BOM would be read as part of its first command).
 */
export function scriptBytes(script: GuideScript): Uint8Array<ArrayBuffer> {
  const bom = script.filename.endsWith('.ps1') ? '\uFEFF' : '';
  return new TextEncoder().encode(bom + script.text);
}

const CRLF = '\r\n';

function lines(code: string): string[] {
  return code
    .replace(/\s+$/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** A PowerShell '...' string: nothing in it is code. */
const psString = (text: string): string => `'${quoteValue(text, 'ps-single')}'`;

/**
 * Why a cmd.exe line cannot follow `--%` in PowerShell, if it cannot. PowerShell passes the rest of the
 * line as it is, but still ends it at a newline, at a | or && outside "...", and reads typographic
 * double quotes as quotes (where cmd.exe does not).
 */
function verbatimProblem(line: string): string | undefined {
  if (/[\u201C\u201D\u201E]/.test(line)) {
    return `A Command Prompt line has a typographic double quote, which PowerShell and cmd.exe read differently, so the script cannot run it safely: ${line}`;
  }
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '|' || (character === '&' && line[index + 1] === '&'))) {
      return `A Command Prompt line has ${character === '|' ? '|' : '&&'} outside quotes, which PowerShell would run itself, so the script cannot run it safely: ${line}`;
    }
  }
  return undefined;
}

function powershellScript(slug: string, title: string, steps: readonly RunbookStep[], note: string): string {
  const file = `${slug}.ps1`;
  const last = steps.at(-1)?.number ?? 1;
  // One entry per code block: a step with several blocks (one for the server, one for each client...)
  // asks before each of them.
  const stepEntries = steps.flatMap((step) => {
    const head = (part: string): string => `    @{ Number = ${step.number}; Title = ${psString(step.title)}; Part = ${psString(part)}; Run = `;
    if (step.blocks.length === 0) return [`${head('')}$null }`];
    return step.blocks.map((block, index) => {
      const part = partLabel(step, index);
      // Shown, never run: each line of the code is a '...' string.
      if (block.run) {
        const { instruction } = elsewhereLabel(block.run, block.title ?? '');
        return `${head(part)}$null; Elsewhere = ${psString(instruction)}; Code = @(${block.code.replace(/\s+$/, '').split(/\r?\n/).map(psString).join(', ')}) }`;
      }
      const code = CMD_LANGUAGES.has(block.language)
        ? lines(block.code).flatMap((line) => [
            // cmd.exe /d: no AutoRun commands; /v:off: no delayed !expansion!, whatever the registry says.
            `cmd.exe /d /v:off /c --% ${line.trim()}`,
            'if ($LASTEXITCODE) { throw "cmd.exe exited with code $LASTEXITCODE." }',
          ])
        : [block.code.replace(/\s+$/, '')];
      // The code starts at the margin, so that a here-string in it still ends where the author ended it.
      return [`${head(part)}{`, ...code, '} }'].join(CRLF);
    });
  });
  return [
    `# ${oneLine(title)}`,
    '# Generated from the guide with your values. Read each step before you run it.',
    ...(note ? [`# ${note}`] : []),
    '#',
    '# Run it in an elevated PowerShell session:',
    `#   .\\${file}               shows each step and its commands, then asks before it runs them`,
    `#   .\\${file} -Yes          runs every step without asking`,
    `#   .\\${file} -FromStep 3   starts at step 3 (to resume after a failed step)`,
    `# Windows Server's default policy (RemoteSigned) refuses an unsigned script downloaded from the internet:`,
    `# read this one, then run Unblock-File -LiteralPath .\\${file}`,
    `# A transcript goes to ${slug}-<date>-<time>.log next to the script. The first error stops the script.`,
    'param(',
    `    [ValidateRange(1, ${last})] [int] $FromStep = 1,`,
    '    [switch] $Yes',
    ')',
    '',
    "$ErrorActionPreference = 'Stop'",
    'Set-StrictMode -Version 1.0',
    '# PowerShell 7.3 and later: a program that fails stops the script too (5.1 checks $LASTEXITCODE after each step).',
    '$PSNativeCommandUseErrorActionPreference = $true',
    '',
    `$guideTitle = ${psString(title)}`,
    `$scriptName = ${psString(file)}`,
    '$guideSteps = @(',
    ...stepEntries,
    ')',
    '',
    'function Read-StepAnswer([string] $Question) {',
    '    while ($true) {',
    '        $answer = Read-Host "$Question [Y]es / [S]kip / [Q]uit"',
    "        if ($null -eq $answer) { return 'Q' }",
    "        switch -Regex ($answer.Trim()) { '^(?i)y(es)?$' { return 'Y' } '^(?i)s(kip)?$' { return 'S' } '^(?i)q(uit)?$' { return 'Q' } }",
    "        Write-Host 'Type Y to run this step, S to skip it, or Q to stop here.'",
    '    }',
    '}',
    '',
    '$logFolder = if ($PSScriptRoot) { $PSScriptRoot } else { (Get-Location).ProviderPath }',
    `$logFile = Join-Path -Path $logFolder -ChildPath ('${slug}-{0:yyyyMMdd-HHmmss}.log' -f (Get-Date))`,
    'Start-Transcript -LiteralPath $logFile | Out-Null',
    'Write-Host $guideTitle',
    'Write-Host "Transcript: $logFile"',
    "if ($FromStep -gt 1) { Write-Host \"Starting at step $($FromStep): the steps before it do not run, and what they set (variables) is not set.\" }",
    '',
    'foreach ($step in $guideSteps) {',
    '    if ($step.Number -lt $FromStep) { continue }',
    "    Write-Host ''",
    '    Write-Host ("Step {0}: {1}" -f $step.Number, $step.Title)',
    '    if ($step.Part) { Write-Host $step.Part }',
    '    if ($null -eq $step.Run) {',
    // A block for another machine is shown, never run, even with -Yes.
    '        if ($step.Elsewhere) { Write-Host $step.Elsewhere; $step.Code | ForEach-Object { Write-Host $_ } }',
    "        else { Write-Host 'This step has no command: do it by hand, as the guide says.' }",
    "        if (-not $Yes -and (Read-StepAnswer 'Done, or go on without it?') -eq 'Q') {",
    '            Write-Host "Stopped at step $($step.Number). To go on later: .\\$scriptName -FromStep $($step.Number)"',
    '            Stop-Transcript | Out-Null',
    '            exit 0',
    '        }',
    '        continue',
    '    }',
    '    Write-Host $step.Run.ToString().Trim()',
    "    $answer = if ($Yes) { 'Y' } else { Read-StepAnswer 'Run this step?' }",
    "    if ($answer -eq 'S') { Write-Host \"Skipped step $($step.Number).\"; continue }",
    "    if ($answer -eq 'Q') {",
    '        Write-Host "Stopped before step $($step.Number). To go on later: .\\$scriptName -FromStep $($step.Number)"',
    '        Stop-Transcript | Out-Null',
    '        exit 0',
    '    }',
    // Said, so that the transcript (which does not hold what the reader typed) shows the answer.
    '    Write-Host "Running step $($step.Number)."',
    '    try {',
    '        $global:LASTEXITCODE = 0',
    '        . $step.Run',
    '        if ($LASTEXITCODE) { throw "A program exited with code $LASTEXITCODE." }',
    '    } catch {',
    '        Write-Host "Step $($step.Number) failed: $($_.Exception.Message)"',
    '        Write-Host "Fix the cause, then resume from this step: .\\$scriptName -FromStep $($step.Number)"',
    '        Stop-Transcript | Out-Null',
    '        exit 1',
    '    }',
    '}',
    "Write-Host ''",
    "Write-Host 'All steps done.'",
    'Stop-Transcript | Out-Null',
    '',
  ].join(CRLF);
}

/** Text for `echo(` in a batch file: the shell's special characters escaped outside "...", % doubled. */
function cmdEchoText(text: string): string {
  let quoted = false;
  let out = '';
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (character === '%') out += '%%';
    else if (!quoted && '^&|<>()'.includes(character)) out += `^${character}`;
    else out += character;
  }
  return out;
}

function cmdScript(slug: string, title: string, steps: readonly RunbookStep[]): string {
  const file = `${slug}.cmd`;
  const say = (text: string): string[] => [`echo(${cmdEchoText(text)}`, `>>"%RUNBOOK_LOG%" echo(${cmdEchoText(text)}`];
  const numbers = steps.map((step) => step.number);
  const body = steps.flatMap((step, index) => {
    const next = steps[index + 1] ? `step${steps[index + 1]!.number}` : 'done';
    const n = step.number;
    const head = [`:step${n}`, `set "RUNBOOK_STEP=${n}"`, 'echo(', ...say(`Step ${n}: ${step.title}`)];
    if (step.blocks.length === 0) {
      return [
        ...head,
        ...say('This step has no command: do it by hand, as the guide says.'),
        `if defined RUNBOOK_YES goto ${next}`,
        'choice /c YSQ /n /m "Done, or go on without it? [Y]es / [S]kip / [Q]uit "',
        'if errorlevel 3 goto quit',
        `goto ${next}`,
      ];
    }
    // One prompt per code block: a step with several blocks (server, clients...) asks before each.
    const parts = step.blocks.flatMap((block, part) => {
      const label = `step${n}_${part + 1}`;
      const after = part + 1 < step.blocks.length ? `step${n}_${part + 2}` : next;
      const commands = lines(block.code).map((line) => line.trim());
      const partName = partLabel(step, part);
      const name = partName ? say(partName) : [];
      // A block for another machine is shown, never run, even with /y.
      if (block.run) {
        return [
          `:${label}`,
          ...name,
          ...say(elsewhereLabel(block.run, block.title ?? '').instruction),
          ...commands.flatMap((command) => say(`  ${command}`)),
          `if defined RUNBOOK_YES goto ${after}`,
          'choice /c YSQ /n /m "Done, or go on without it? [Y]es / [S]kip / [Q]uit "',
          'if errorlevel 3 goto quit',
          `goto ${after}`,
        ];
      }
      return [
        `:${label}`,
        ...name,
        ...commands.flatMap((command) => say(`  ${command}`)),
        `if defined RUNBOOK_YES goto ${label}_run`,
        'choice /c YSQ /n /m "Run this step? [Y]es / [S]kip / [Q]uit "',
        'if errorlevel 3 goto quit',
        `if errorlevel 2 goto ${label}_skip`,
        `:${label}_run`,
        ...say(`Running step ${n}.`).slice(1),
        ...commands.flatMap((command) => [
          `${command} >"%RUNBOOK_OUT%" 2>&1 || goto failed`,
          'type "%RUNBOOK_OUT%" & type "%RUNBOOK_OUT%" >>"%RUNBOOK_LOG%"',
        ]),
        `goto ${after}`,
        `:${label}_skip`,
        ...say(`Skipped step ${n}.`),
        `goto ${after}`,
      ];
    });
    return [...head, ...parts];
  });
  return [
    '@echo off',
    'setlocal EnableExtensions DisableDelayedExpansion',
    `REM ${oneLine(title).replace(/%/g, '%%')}`,
    'REM Generated from the guide with your values. Read each step before you run it.',
    'REM',
    'REM Run it in an elevated Command Prompt:',
    `REM   ${file}        shows each step and its commands, then asks before it runs them`,
    `REM   ${file} /y     runs every step without asking`,
    `REM   ${file} 3      starts at step 3 (to resume after a failed step); ${file} 3 /y also works`,
    `REM A transcript (the steps, your answers, each command's output) goes to ${slug}-<date>-<time>.log next to the script.`,
    'REM The first command that fails stops the script.',
    'set "RUNBOOK_YES="',
    'set "RUNBOOK_FROM=1"',
    ':args',
    'if "%~1"=="" goto args_done',
    'if /i "%~1"=="/y" (set "RUNBOOK_YES=1") else (set "RUNBOOK_FROM=%~1")',
    'shift',
    'goto args',
    ':args_done',
    `for %%n in (${numbers.join(' ')}) do if "%RUNBOOK_FROM%"=="%%n" goto start`,
    `echo There is no step %RUNBOOK_FROM%: give a step number from ${numbers[0]} to ${numbers.at(-1)}, and /y to run without asking.`,
    'exit /b 2',
    ':start',
    // %date% and %time% depend on the locale: keep only characters a file name may hold.
    'set "RUNBOOK_STAMP=%date%_%time%"',
    'set "RUNBOOK_STAMP=%RUNBOOK_STAMP:/=-%"',
    'set "RUNBOOK_STAMP=%RUNBOOK_STAMP::=-%"',
    'set "RUNBOOK_STAMP=%RUNBOOK_STAMP:.=-%"',
    'set "RUNBOOK_STAMP=%RUNBOOK_STAMP:,=-%"',
    'set "RUNBOOK_STAMP=%RUNBOOK_STAMP: =-%"',
    `set "RUNBOOK_LOG=%~dp0${slug}-%RUNBOOK_STAMP%.log"`,
    `set "RUNBOOK_OUT=%TEMP%\\${slug}-%RUNBOOK_STAMP%.out"`,
    `>"%RUNBOOK_LOG%" echo(${cmdEchoText(oneLine(title))}`,
    `echo(${cmdEchoText(oneLine(title))}`,
    'echo(Transcript: "%RUNBOOK_LOG%"',
    'goto step%RUNBOOK_FROM%',
    '',
    ...body,
    '',
    ':done',
    'echo(',
    ...say('All steps done.'),
    'del "%RUNBOOK_OUT%" 2>nul',
    'exit /b 0',
    ':quit',
    ...say(`Stopped before step %RUNBOOK_STEP%. To go on later: ${file} %RUNBOOK_STEP%`).map((line) => line.replace(/%%RUNBOOK_STEP%%/g, '%RUNBOOK_STEP%')),
    'del "%RUNBOOK_OUT%" 2>nul',
    'exit /b 0',
    ':failed',
    'set "RUNBOOK_CODE=%errorlevel%"',
    'type "%RUNBOOK_OUT%" & type "%RUNBOOK_OUT%" >>"%RUNBOOK_LOG%"',
    ...say(`Step %RUNBOOK_STEP% failed (exit code %RUNBOOK_CODE%). Fix the cause, then resume from this step: ${file} %RUNBOOK_STEP%`).map((line) =>
      line.replace(/%%(RUNBOOK_STEP|RUNBOOK_CODE)%%/g, '%$1%'),
    ),
    'del "%RUNBOOK_OUT%" 2>nul',
    'exit /b 1',
    '',
  ].join(CRLF);
}

/** Comments must stay on one line, or the rest of the text would run as a command. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').trim();
}
