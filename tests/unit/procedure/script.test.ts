import { describe, expect, it } from 'vitest';
import { buildGuideScript, elsewhereLabel, runbookSteps, scriptBytes, type GuideScript, type RunbookStep } from '../../../src/procedure/script';

function script(slug: string, title: string, steps: RunbookStep[]): GuideScript {
  const result = buildGuideScript(slug, title, steps);
  if (!result?.ok) throw new Error(`no script: ${JSON.stringify(result)}`);
  return result.script;
}

const mixed: RunbookStep[] = [
  { number: 1, title: 'Extend the schema', blocks: [{ language: 'cmd', code: 'adprep /forestprep\nnetsh interface set interface "a & calc"\n' }] },
  { number: 2, title: "Set the connector's account", id: 'set-account', blocks: [{ language: 'powershell', code: "$accountName = 'CONTOSO\\AAD_1'\n" }] },
  { number: 3, title: 'Turn it on in the wizard', blocks: [] },
];

describe('the .ps1 runbook', () => {
  const text = script('group-writeback', 'Prepare for group writeback', mixed).text;
  const lines = text.split('\r\n');

  it('is a .ps1 when any step is PowerShell, with Windows line ends', () => {
    expect(script('group-writeback', 'X', mixed).filename).toBe('group-writeback.ps1');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('titles each step by its own name, in a string that holds no code, and keeps the manual step as a step', () => {
    expect(lines).toContain("    @{ Number = 2; Id = 'set-account'; Title = 'Set the connector''s account'; Part = ''; Run = {");
    expect(lines).toContain("    @{ Number = 3; Id = '3'; Title = 'Turn it on in the wizard'; Part = ''; Run = $null }");
    expect(text).not.toContain('Steps - ');
  });

  it('runs cmd.exe lines through cmd.exe untouched by PowerShell, and stops when one fails', () => {
    const at = lines.indexOf('cmd.exe /d /v:off /c --% netsh interface set interface "a & calc"');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('if ($LASTEXITCODE) { throw "cmd.exe exited with code $LASTEXITCODE." }');
  });

  it('stops at the first error, asks before each step, can run without asking, resumes from a step and keeps a transcript', () => {
    expect(lines).toContain("$ErrorActionPreference = 'Stop'");
    // A step's number or its id; a step without an id (Verify blocks) by its number alone.
    expect(lines).toContain("    [ValidateSet('1', '2', '3', 'set-account')] [string] $FromStep = '1',");
    expect(lines).toContain('$fromNumber = @(foreach ($entry in $guideSteps) { if ($entry.Id -eq $FromStep -or [string] $entry.Number -eq $FromStep) { $entry.Number } })[0]');
    expect(lines).toContain('    [switch] $Yes');
    expect(text).toContain('Read-Host "$Question [Y]es / [S]kip / [Q]uit"');
    expect(text).toContain("Read-StepAnswer 'Run this step?'");
    expect(text).toContain('Write-Host $step.Run.ToString().Trim()');
    expect(text).toContain("$logFile = Join-Path -Path $logFolder -ChildPath ('group-writeback-{0:yyyyMMdd-HHmmss}.log' -f (Get-Date))");
    expect(text).toContain('Start-Transcript -LiteralPath $logFile');
    expect(text).toContain('Write-Host "Fix the cause, then resume from this step: .\\$scriptName -FromStep $($step.Id)"');
  });

  it('asks before each code block of a step that has several (server, then each client), naming the part', () => {
    const text = script('router', 'R', [
      { number: 5, title: 'Test from a few clients', blocks: [{ language: 'powershell', code: 'Get-A', title: 'On the router' }, { language: 'powershell', code: 'Get-B', title: 'On each test client' }] },
    ]).text;
    expect(text).toContain("    @{ Number = 5; Id = '5'; Title = 'Test from a few clients'; Part = 'Part 1 of 2: On the router'; Run = {\r\nGet-A\r\n} }");
    expect(text).toContain("    @{ Number = 5; Id = '5'; Title = 'Test from a few clients'; Part = 'Part 2 of 2: On each test client'; Run = {\r\nGet-B\r\n} }");
    expect(text).toContain('    if ($step.Part) { Write-Host $step.Part }');
  });

  it('shows a block for another machine with where to run it, in strings, never as code, even with -Yes', () => {
    const text = script('group', 'G', [
      { number: 4, title: 'Refresh the lists', blocks: [{ language: 'powershell', code: "Update-GlobalAddressList -Identity 'Default'\nGet-AddressList | Update-AddressList", title: 'Refresh', run: 'exchange-shell' }] },
    ]).text;
    expect(text).toContain(
      "    @{ Number = 4; Id = '4'; Title = 'Refresh the lists'; Part = ''; Run = $null; Elsewhere = 'Run this in the Exchange Management Shell, by hand:'; Code = @('Update-GlobalAddressList -Identity ''Default''', 'Get-AddressList | Update-AddressList') }",
    );
    expect(text).toContain('        if ($step.Elsewhere) { Write-Host $step.Elsewhere; $step.Code | ForEach-Object { Write-Host $_ } }');
    expect(text).not.toContain('Run = {');
  });

  it('says where each place is, and does not repeat a title that already names it', () => {
    expect(elsewhereLabel('client', 'On each test client: address and default route')).toEqual({ instruction: 'Run this on each test client, by hand:', title: 'Address and default route' });
    expect(elsewhereLabel('client', 'Show the addresses')).toEqual({ instruction: 'Run this on each client, by hand:', title: 'Show the addresses' });
    expect(elsewhereLabel('schema-master', 'Extend the schema')).toEqual({ instruction: 'Run this on the schema master, by hand:', title: 'Extend the schema' });
  });

  it('refuses a cmd.exe line that PowerShell would not pass on whole, saying why', () => {
    const refused = (line: string): string | undefined => {
      const result = buildGuideScript('x', 'X', [{ number: 1, title: 'T', blocks: [{ language: 'cmd', code: line }, { language: 'powershell', code: 'Get-Date' }] }]);
      return result && !result.ok ? result.problem : undefined;
    };
    expect(refused('netsh x "a \u201C | calc"')).toMatch(/typographic double quote/);
    expect(refused('ipconfig | findstr IPv6')).toMatch(/\| outside quotes/);
    expect(refused('netsh x && calc')).toMatch(/&& outside quotes/);
    expect(refused('netsh x "a | b && c"')).toBeUndefined();
  });
});

describe('the .cmd runbook', () => {
  const steps: RunbookStep[] = [
    { number: 1, title: 'Create the tunnel (on the server)', blocks: [] },
    { number: 2, title: 'Run the commands', id: 'run-commands', blocks: [{ language: 'cmd', code: 'netsh interface teredo set state disabled\nnetsh x "a & b"' }] },
  ];
  const cmd = script('tunnel', 'Bring up the tunnel', steps);
  const lines = cmd.text.split('\r\n');

  it('is a .cmd when every command is cmd.exe and the text is ASCII', () => {
    expect(cmd.filename).toBe('tunnel.cmd');
    expect(lines.slice(0, 3)).toEqual(['@echo off', 'setlocal EnableExtensions DisableDelayedExpansion', 'REM Bring up the tunnel']);
  });

  it('has a label per step to resume from (tunnel.cmd 2), /y to run without asking, and refuses a step it does not have', () => {
    expect(lines).toContain('if /i "%~1"=="/y" (set "RUNBOOK_YES=1") else (set "RUNBOOK_FROM=%~1")');
    // A step's id stands for its number: tunnel.cmd run-commands.
    expect(lines).toContain('if /i "%RUNBOOK_FROM%"=="run-commands" set "RUNBOOK_FROM=2"');
    expect(lines).toContain('for %%n in (1 2) do if "%RUNBOOK_FROM%"=="%%n" goto start');
    expect(lines).toContain('goto step%RUNBOOK_FROM%');
    expect(lines).toContain(':step1');
    expect(lines).toContain(':step2');
  });

  it('shows each step by its title and its commands (escaped for echo), asks, and logs what it does', () => {
    const step2 = lines.slice(lines.indexOf(':step2'), lines.indexOf(':step2_1_skip'));
    expect(step2).toEqual([
      ':step2',
      'set "RUNBOOK_STEP=run-commands"',
      'echo(',
      'echo(Step 2: Run the commands',
      '>>"%RUNBOOK_LOG%" echo(Step 2: Run the commands',
      ':step2_1',
      'echo(  netsh interface teredo set state disabled',
      '>>"%RUNBOOK_LOG%" echo(  netsh interface teredo set state disabled',
      'echo(  netsh x "a & b"',
      '>>"%RUNBOOK_LOG%" echo(  netsh x "a & b"',
      'if defined RUNBOOK_YES goto step2_1_run',
      'choice /c YSQ /n /m "Run this step? [Y]es / [S]kip / [Q]uit "',
      'if errorlevel 3 goto quit',
      'if errorlevel 2 goto step2_1_skip',
      ':step2_1_run',
      '>>"%RUNBOOK_LOG%" echo(Running step 2.',
      'netsh interface teredo set state disabled >"%RUNBOOK_OUT%" 2>&1 || goto failed',
      'type "%RUNBOOK_OUT%" & type "%RUNBOOK_OUT%" >>"%RUNBOOK_LOG%"',
      'netsh x "a & b" >"%RUNBOOK_OUT%" 2>&1 || goto failed',
      'type "%RUNBOOK_OUT%" & type "%RUNBOOK_OUT%" >>"%RUNBOOK_LOG%"',
      'goto done',
    ]);
    expect(lines).toContain('echo(Step 1: Create the tunnel ^(on the server^)');
  });

  it('asks before each code block of a step that has several, naming the part', () => {
    const parts = script('r', 'R', [
      { number: 1, title: 'Test', blocks: [{ language: 'cmd', code: 'netsh a', title: 'On the router' }, { language: 'cmd', code: 'netsh b', title: 'On each client' }] },
    ]).text.split('\r\n');
    expect(parts.slice(parts.indexOf(':step1_2'), parts.indexOf(':step1_2') + 7)).toEqual([
      ':step1_2',
      'echo(Part 2 of 2: On each client',
      '>>"%RUNBOOK_LOG%" echo(Part 2 of 2: On each client',
      'echo(  netsh b',
      '>>"%RUNBOOK_LOG%" echo(  netsh b',
      'if defined RUNBOOK_YES goto step1_2_run',
      'choice /c YSQ /n /m "Run this step? [Y]es / [S]kip / [Q]uit "',
    ]);
    expect(parts).toContain('goto step1_2');
  });

  it('shows a block for another machine with where to run it and never runs it, even with /y', () => {
    const parts = script('r', 'R', [
      { number: 1, title: 'Test', blocks: [{ language: 'cmd', code: 'netsh a', title: 'On the router' }, { language: 'cmd', code: 'netsh b', title: 'On each test client: add', run: 'client' }] },
    ]).text.split('\r\n');
    expect(parts.slice(parts.indexOf(':step1_2'), parts.indexOf(':step1_2') + 12)).toEqual([
      ':step1_2',
      'echo(Part 2 of 2: Add',
      '>>"%RUNBOOK_LOG%" echo(Part 2 of 2: Add',
      'echo(Run this on each test client, by hand:',
      '>>"%RUNBOOK_LOG%" echo(Run this on each test client, by hand:',
      'echo(  netsh b',
      '>>"%RUNBOOK_LOG%" echo(  netsh b',
      'if defined RUNBOOK_YES goto done',
      'choice /c YSQ /n /m "Done, or go on without it? [Y]es / [S]kip / [Q]uit "',
      'if errorlevel 3 goto quit',
      'goto done',
      '',
    ]);
    expect(parts.filter((line) => line.startsWith('netsh '))).toEqual(['netsh a >"%RUNBOOK_OUT%" 2>&1 || goto failed']);
  });

  it('says which step failed and how to resume from it', () => {
    expect(lines).toContain('echo(Step %RUNBOOK_STEP% failed ^(exit code %RUNBOOK_CODE%^). Fix the cause, then resume from this step: tunnel.cmd %RUNBOOK_STEP%');
    expect(lines.at(-2)).toBe('exit /b 1');
  });

  it('becomes a .ps1 that runs the same lines through cmd.exe when a value is not ASCII, and says why', () => {
    const unicode = script('tunnel', 'Bring up the tunnel', [
      { number: 1, title: 'Name the interface', blocks: [{ language: 'cmd', code: 'netsh interface set interface "\u041F\u043E\u0434\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u0435"' }] },
    ]);
    expect(unicode.filename).toBe('tunnel.ps1');
    expect(unicode.text).toContain('# Your values have characters outside ASCII, which cmd.exe cannot read from a batch file on every machine');
    expect(unicode.text).toContain('cmd.exe /d /v:off /c --% netsh interface set interface "\u041F\u043E\u0434\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u0435"');
  });
});

describe('scriptBytes', () => {
  it('writes a .ps1 as UTF-8 with a byte order mark, so Windows PowerShell 5.1 does not read it as Windows-1252', () => {
    const bytes = scriptBytes({ filename: 'x.ps1', text: "$a = '\u0442'" });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe("\uFEFF$a = '\u0442'");
  });

  it('writes a .cmd as plain ASCII, without a mark cmd.exe would read as part of its first command', () => {
    expect([...scriptBytes({ filename: 'x.cmd', text: '@echo off' })]).toEqual([...Buffer.from('@echo off', 'ascii')]);
  });
});

describe('runbookSteps', () => {
  const outline = {
    steps: [
      { number: 1, title: 'One' },
      { number: 2, title: 'Two' },
    ],
    blocks: [
      { language: 'powershell', title: 'A', step: 1 },
      { language: 'text', title: '', step: 1 },
      { language: 'cmd', title: '', step: null },
      { language: 'cmd', title: 'D', step: 2, run: 'client' as const },
    ],
  };

  it('puts the code of the page into the steps the build found, leaving out text and other sections, and says where a block runs', () => {
    const blocks = [
      { language: 'powershell', code: 'a' },
      { language: 'text', code: 'b' },
      { language: 'cmd', code: 'c' },
      { language: 'cmd', code: 'd' },
    ];
    expect(runbookSteps(outline, blocks)).toEqual([
      { number: 1, title: 'One', blocks: [{ language: 'powershell', code: 'a', title: 'A' }] },
      { number: 2, title: 'Two', blocks: [{ language: 'cmd', code: 'd', title: 'D', run: 'client' }] },
    ]);
  });

  it('refuses when the page and the outline disagree, rather than put code in the wrong step', () => {
    expect(runbookSteps(outline, [{ language: 'powershell', code: 'a' }])).toEqual({ problem: expect.stringMatching(/do not match the guide/) });
  });

  it('gives no script when no step has a command', () => {
    expect(buildGuideScript('x', 'X', [{ number: 1, title: 'By hand', blocks: [] }])).toBeUndefined();
  });
});
