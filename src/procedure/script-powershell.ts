import { CRLF, elsewhereLabel, lines, oneLine, partLabel, psString, resumeName, type RunbookStep } from './script-parts';
import { CMD_LANGUAGES } from './runbook';

/**
 * The runbook as a .ps1 (src/procedure/script.ts decides which): each step shows its title and commands and asks
 * before it runs them; cmd.exe lines run through cmd.exe; a transcript; the first error stops it.
 */
export function powershellScript(slug: string, title: string, steps: readonly RunbookStep[], note: string): string {
  const file = `${slug}.ps1`;
  // -FromStep takes a step's number or its id; ValidateSet refuses anything else before the script runs (and completes them on Tab).
  const fromValues = [...new Set([...steps.map((step) => String(step.number)), ...steps.flatMap((step) => (step.id ? [step.id] : []))])];
  // One entry per code block: a step with several blocks (one for the server, one for each client...)
  // asks before each of them.
  const stepEntries = steps.flatMap((step) => {
    const head = (part: string): string => `    @{ Number = ${step.number}; Id = ${psString(resumeName(step))}; Title = ${psString(step.title)}; Part = ${psString(part)}; Run = `;
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
    `#   .\\${file} -FromStep ${resumeName(steps[Math.min(2, steps.length - 1)]!)}   starts at that step, by its id or number (to resume after a failed step)`,
    `# Windows Server's default policy (RemoteSigned) refuses an unsigned script downloaded from the internet:`,
    `# read this one, then run Unblock-File -LiteralPath .\\${file}`,
    `# A transcript goes to ${slug}-<date>-<time>.log next to the script. The first error stops the script.`,
    'param(',
    `    [ValidateSet(${fromValues.map(psString).join(', ')})] [string] $FromStep = '1',`,
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
    // A statement, not Where-Object: the guide's code may define commands of that name (and the tests stub them).
    '$fromNumber = @(foreach ($entry in $guideSteps) { if ($entry.Id -eq $FromStep -or [string] $entry.Number -eq $FromStep) { $entry.Number } })[0]',
    "if ($fromNumber -gt 1) { Write-Host \"Starting at step $($fromNumber): the steps before it do not run, and what they set (variables) is not set.\" }",
    '',
    'foreach ($step in $guideSteps) {',
    '    if ($step.Number -lt $fromNumber) { continue }',
    "    Write-Host ''",
    '    Write-Host ("Step {0}: {1}" -f $step.Number, $step.Title)',
    '    if ($step.Part) { Write-Host $step.Part }',
    '    if ($null -eq $step.Run) {',
    // A block for another machine is shown, never run, even with -Yes.
    '        if ($step.Elsewhere) { Write-Host $step.Elsewhere; $step.Code | ForEach-Object { Write-Host $_ } }',
    "        else { Write-Host 'This step has no command: do it by hand, as the guide says.' }",
    "        if (-not $Yes -and (Read-StepAnswer 'Done, or go on without it?') -eq 'Q') {",
    '            Write-Host "Stopped at step $($step.Number). To go on later: .\\$scriptName -FromStep $($step.Id)"',
    '            Stop-Transcript | Out-Null',
    '            exit 0',
    '        }',
    '        continue',
    '    }',
    '    Write-Host $step.Run.ToString().Trim()',
    "    $answer = if ($Yes) { 'Y' } else { Read-StepAnswer 'Run this step?' }",
    "    if ($answer -eq 'S') { Write-Host \"Skipped step $($step.Number).\"; continue }",
    "    if ($answer -eq 'Q') {",
    '        Write-Host "Stopped before step $($step.Number). To go on later: .\\$scriptName -FromStep $($step.Id)"',
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
    '        Write-Host "Fix the cause, then resume from this step: .\\$scriptName -FromStep $($step.Id)"',
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
