import { CRLF, elsewhereLabel, lines, oneLine, partLabel, resumeName, type RunbookStep } from './script-parts';

/**
 * The runbook as an ASCII .cmd (src/procedure/script.ts decides which), for a guide of cmd.exe commands only:
 * the same prompts, transcript and resume as the .ps1.
 */

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

export function cmdScript(slug: string, title: string, steps: readonly RunbookStep[]): string {
  const file = `${slug}.cmd`;
  const say = (text: string): string[] => [`echo(${cmdEchoText(text)}`, `>>"%RUNBOOK_LOG%" echo(${cmdEchoText(text)}`];
  const numbers = steps.map((step) => step.number);
  const body = steps.flatMap((step, index) => {
    const next = steps[index + 1] ? `step${steps[index + 1]!.number}` : 'done';
    const n = step.number;
    const head = [`:step${n}`, `set "RUNBOOK_STEP=${resumeName(step)}"`, 'echo(', ...say(`Step ${n}: ${step.title}`)];
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
    `REM   ${file} ${resumeName(steps[Math.min(2, steps.length - 1)]!)}      starts at that step, by its id or number (to resume after a failed step); /y after it also works`,
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
    // A step's id stands for its number (the labels are numbered).
    ...steps.flatMap((step) => (step.id ? [`if /i "%RUNBOOK_FROM%"=="${step.id}" set "RUNBOOK_FROM=${step.number}"`] : [])),
    `for %%n in (${numbers.join(' ')}) do if "%RUNBOOK_FROM%"=="%%n" goto start`,
    `echo There is no step %RUNBOOK_FROM%: give a step number from ${numbers[0]} to ${numbers.at(-1)}${steps.some((step) => step.id) ? ' or a step id (see the steps below)' : ''}, and /y to run without asking.`,
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
