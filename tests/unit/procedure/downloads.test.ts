import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../../src/parameters/registry';
import { scriptBytes, type GuideScript } from '../../../src/procedure/script';
import { cmdReadingProblems, cmdShape, commandLineArguments } from '../../support/cmd-line';
import { shellReadings } from '../../support/download-check';
import { GUIDE_DOWNLOADS, GUIDES_WITH_FORM, guideScript, type GuideSource } from '../../support/guide-scripts';
import type { Shell } from '../../../src/procedure/shell-choice';
import { HOSTILE_VALUES } from '../../support/hostile-values';
import { announceMissingPwsh, parsePowerShell, PWSH, PWSH_TIMEOUT_MS, type PsParse } from '../../support/pwsh';

/**
 * Every guide's download, with every hostile value: read as each shell reads the file's bytes, no
 * value adds a command; run (PowerShell 7, against stub commands that record their arguments), every
 * value arrives as exactly one argument, unchanged. cmd.exe is not on this machine: its lines are
 * checked with a model of how cmd.exe and the program read them (tests/support/cmd-line.ts).
 */
announceMissingPwsh('the downloaded-script tests (parse as Windows PowerShell 5.1 and 7, run against stubs)');

/**
 * Each parameter gets a value of its own, so that a recorded argument says which value it came from; in
 * ASCII and not (a guide of cmd.exe commands downloads as a .cmd, or as a .ps1 for a value outside ASCII).
 */
const markers = (suffix: string): Record<string, string> => Object.fromEntries(PARAMETERS.map((parameter) => [parameter.name, `ZZ${parameter.name}ZZ${suffix}`]));
const allValues = (value: string): Record<string, string> => Object.fromEntries(PARAMETERS.map((parameter) => [parameter.name, value]));
/** What the marker run's text becomes with every value = `value`. */
const withValue = (text: string, value: string): string => text.replace(/ZZ\w+?ZZ\u0436?/g, () => value);

const CYRILLIC_PAYLOAD = '\u0442;calc;\u0442\\a';
/** The rows that no place in any guide can hold: quoting refuses them everywhere (src/parameters/characters.ts). */
const REFUSED_EVERYWHERE: readonly string[] = [
  'zero-width space (display differs from what runs)',
  'right-to-left override (display differs from what runs)',
  'line separator',
  'line break',
  'no-break space (PowerShell splits words there, cmd.exe does not)',
  'byte order mark (invisible)',
  'right-to-left mark (display differs from what runs)',
  'bidirectional isolate (display differs from what runs)',
  'soft hyphen (invisible)',
  'Hangul filler (invisible letter)',
  'tag character (invisible)',
  'lone surrogate',
];
const PAYLOADS = [...new Set([CYRILLIC_PAYLOAD, ...HOSTILE_VALUES.map((row) => row.value)])];

interface Download {
  guide: GuideSource;
  /** The reader's shell tab (the runbook takes that way of a step with tabs). */
  shell: Shell;
  value: string;
  script: GuideScript;
}

/** The downloads the page would give; a value refused somewhere gives no download (the page says why). */
function downloadsFor(value: string): Download[] {
  return GUIDE_DOWNLOADS.flatMap(({ guide, shell }) => {
    const result = guideScript(guide, allValues(value), shell);
    return result && result !== 'refused' && result.ok ? [{ guide, shell, value, script: result.script }] : [];
  });
}
/** The download with plain values, by guide and file name (the script a hostile one must match). */
function references(valueSets: readonly Record<string, string>[]): Map<string, GuideScript> {
  return new Map(
    GUIDE_DOWNLOADS.flatMap(({ guide, shell }) =>
      valueSets
        .map((values) => {
          const result = guideScript(guide, values, shell);
          if (!result || result === 'refused' || !result.ok) throw new Error(`${guide.file}: no download with plain values`);
          return [`${guide.slug}/${shell}/${result.script.filename}`, result.script] as const;
        })
        // The first (ASCII) values win where both give the same kind of file.
        .reverse(),
    ),
  );
}
const key = (download: Download): string => `${download.guide.slug}/${download.shell}/${download.script.filename}`;
const benign = references([allValues('x'), allValues('x\u0436')]);
const marked = references([markers(''), markers('\u0436')]);
const hostile = PAYLOADS.flatMap((value) => downloadsFor(value));

/** The .ps1's text as Windows PowerShell 5.1 and as PowerShell 7 read its bytes (shellReadings). */
const readingsOf = (script: GuideScript): [string, string] => {
  const [windowsPowerShell, powerShell7] = shellReadings(scriptBytes(script), script.filename).readings;
  return [windowsPowerShell!.text, powerShell7!.text];
};

describe('downloads of every guide with a form', () => {
  it('covers every guide with a form, and the hostile values that reach no download are exactly those no place can hold', () => {
    expect(GUIDES_WITH_FORM.length).toBeGreaterThanOrEqual(8);
    // A guide with PowerShell tabs downloads a PowerShell runbook too: each hostile value goes through both.
    expect(GUIDE_DOWNLOADS.filter((download) => download.shell === 'powershell').map((download) => download.guide.slug)).toContain('windows-ipv6-router');
    expect(hostile.some((download) => download.shell === 'powershell' && download.script.text.includes('Set-NetIPInterface -InterfaceAlias'))).toBe(true);
    // A value refused everywhere tests nothing here: those are the rows that no quoting context of any guide accepts
    // (invisible, direction-changing and look-alike characters, line breaks), and no other.
    const reachingNone = PAYLOADS.filter((value) => !hostile.some((download) => download.value === value));
    expect(reachingNone.map((value) => HOSTILE_VALUES.find((row) => row.value === value)?.attack)).toEqual(REFUSED_EVERYWHERE);
    expect(hostile.some((download) => download.value === CYRILLIC_PAYLOAD && download.script.filename.endsWith('.ps1'))).toBe(true);
  });

  it('writes a .cmd only in ASCII, which every code page reads alike', () => {
    const cmd = [...benign.values(), ...hostile.map((download) => download.script)].filter((script) => script.filename.endsWith('.cmd'));
    expect(cmd.length).toBeGreaterThan(0);
    for (const script of cmd) expect([...scriptBytes(script)].every((byte) => byte < 0x80), script.text).toBe(true);
  });

  it('gives cmd.exe, in a .cmd, the same operators and the program the same arguments with each value', () => {
    let places = 0;
    for (const download of hostile.filter((candidate) => candidate.script.filename.endsWith('.cmd'))) {
      const reading = cmdReadingProblems(marked.get(key(download))!.text, download.script.text, () => download.value);
      expect(reading.problems, `${download.guide.file} with ${JSON.stringify(download.value)}`).toEqual([]);
      places += reading.places;
    }
    expect(places).toBeGreaterThan(0);
  });
});

const ps1 = hostile.filter((download) => download.script.filename.endsWith('.ps1'));
const readings = ps1.flatMap((download) => readingsOf(download.script));
const benignPs1 = [...benign.entries()].filter(([, script]) => script.filename.endsWith('.ps1'));
const cyrillic = ps1.find((download) => download.guide.slug === 'group-writeback' && download.value === CYRILLIC_PAYLOAD)!;
// What the issue saw: the same text saved without a BOM, read by 5.1 as Windows-1252.
const withoutBom = new TextDecoder('windows-1252').decode(new TextEncoder().encode(cyrillic.script.text));
// One pwsh for every parse (starting pwsh costs seconds on a loaded machine), in a hook: a hook has a timeout.
let parsed: PsParse[] = [];
const benignCommands = new Map<string, string[]>();
beforeAll(() => {
  if (!PWSH) return;
  parsed = parsePowerShell([...readings, ...benignPs1.map(([, script]) => readingsOf(script)[0]), withoutBom]);
  benignPs1.forEach(([name], index) => benignCommands.set(name, parsed[readings.length + index]!.commands));
}, PWSH_TIMEOUT_MS);

describe.runIf(PWSH)('downloads read by Windows PowerShell 5.1 and PowerShell 7', () => {
  it("parses 'т;calc;т\\a' as a string, where the same text without a BOM, read as Windows-1252, would run calc", () => {
    const index = ps1.indexOf(cyrillic);
    expect(parsed[index * 2]!.commands).not.toContain('calc');
    expect(parsed[index * 2]!.errors).toEqual([]);
    expect(parsed.at(-1)!.commands).toContain('calc');
  });

  it('adds no command and no parse error with any hostile value, in either reading', () => {
    expect(ps1.length).toBeGreaterThan(GUIDES_WITH_FORM.length);
    ps1.forEach((download, index) => {
      for (const [reading, result] of [
        ['Windows PowerShell 5.1', parsed[index * 2]!],
        ['PowerShell 7', parsed[index * 2 + 1]!],
      ] as const) {
        const where = `${download.guide.file} read by ${reading} with ${JSON.stringify(download.value)}`;
        expect(result.errors, where).toEqual([]);
        expect(result.commands, where).toEqual(benignCommands.get(key(download)));
      }
    });
  });
});

/** One recorded call of a stub command: its name and its arguments as strings. */
interface Call {
  command: string;
  args: string[];
}

const STUB_RUNNER = String.raw`
param([string] $Jobs, [string] $Stubs, [string] $Transcript)
# A transcript costs a tenth of a second on Linux: the many runs that only check arguments go without.
if ($Transcript -eq 'none') {
  function global:Start-Transcript { }
  function global:Stop-Transcript { }
}
# Calls are kept in memory and written once per job with System.Text.Json (ConvertTo-Json and Add-Content per
# call cost most of the run's time over the ~500 hostile runs).
$global:StubCalls = [System.Collections.Generic.List[object]]::new()
function global:Add-StubCall([string] $command, [object[]] $arguments) {
  $call = [System.Collections.Generic.Dictionary[string, object]]::new()
  $call['command'] = $command
  $call['args'] = [string[]]@($arguments | ForEach-Object { [string]$_ })
  $global:StubCalls.Add($call)
}
# Every command of the guides becomes a function that records how it was called (functions come
# before cmdlets and programs; aliases such as CD and fl are removed so that the function is found).
foreach ($name in $Stubs.Split(',')) {
  if (Test-Path -LiteralPath "Alias:$name") { Remove-Item -LiteralPath "Alias:$name" -Force }
  Set-Item -LiteralPath "Function:global:$name" -Value {
    Add-StubCall $MyInvocation.InvocationName $args
    if ($env:STUB_FAIL -eq $MyInvocation.InvocationName) {
      if ($env:STUB_FAIL_CODE) { $global:LASTEXITCODE = [int]$env:STUB_FAIL_CODE } else { throw 'The stub was told to fail.' }
    }
  }
}
# Verify steps read the directory through [ADSI] and DirectoryEntry, which exist only on Windows:
# stand-ins that record the call and give the script an object to read.
class AdsiStub {
  [string] $configurationNamingContext = 'CN=Configuration,DC=example,DC=com'
  [string] $Path
  AdsiStub([string] $path) { $this.Path = $path }
}
[psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')::Add('ADSI', [AdsiStub])
Set-Item -LiteralPath Function:global:New-Object -Value {
  Add-StubCall 'New-Object' $args
  [pscustomobject]@{ Path = ''; Keywords = @() }
}
foreach ($job in (Get-Content -LiteralPath $Jobs -Raw | ConvertFrom-Json)) {
  $global:StubCalls.Clear()
  $env:STUB_FAIL = $job.fail
  $env:STUB_FAIL_CODE = $job.failCode
  $runArgs = @{}
  if ($job.yes) { $runArgs['Yes'] = $true }
  if ($job.fromStep) { $runArgs['FromStep'] = $job.fromStep }
  # A prompt is written to the console, not to a stream: an answered run prints to the process's output.
  if ($job.interactive) {
    Write-Host "<<<job $($job.output)"
    & $job.script @runArgs
    Write-Host "job>>>"
  } else {
    & $job.script @runArgs *> $job.output
  }
  Set-Content -LiteralPath $job.exit -Value $LASTEXITCODE
  [System.IO.File]::WriteAllText($job.log, [System.Text.Json.JsonSerializer]::Serialize([object]$global:StubCalls, [object], [System.Text.Json.JsonSerializerOptions]::new()))
}
`;

interface Job {
  script: GuideScript;
  yes?: boolean;
  /** A step's number or id. */
  fromStep?: number | string;
  fail?: string;
  failCode?: number;
  /** Answers typed at the prompts, one per line (runs one job in its own pwsh, stdin from these). */
  input?: string;
}

interface Run {
  calls: Call[];
  output: string;
  exitCode: number;
  folder: string;
}

const workDir = mkdtempSync(join(tmpdir(), 'downloads-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
let jobCount = 0;

/** The commands of the guides' code, which the stubs replace (Out-Null stays: it only hides output). */
function stubNames(): string[] {
  const runbook = ['Write-Host', 'Read-Host', 'Start-Transcript', 'Stop-Transcript', 'Join-Path', 'Get-Date', 'Get-Location', 'Out-Null', 'Set-StrictMode', 'Read-StepAnswer', 'ForEach-Object'];
  const names = new Set([...benignCommands.values()].flat());
  return [...names].filter((name) => name !== '' && !runbook.includes(name));
}

/** Runs downloads with pwsh against stubs, in one process; the answers of the jobs with input are read in turn from stdin. */
function runJobs(jobs: readonly Job[], options: { transcript: boolean } = { transcript: true }): Run[] {
  const stubs = stubNames().join(',');
  const runner = join(workDir, 'runner.ps1');
  writeFileSync(runner, STUB_RUNNER, 'utf8');
  const prepared = jobs.map((job) => {
    const folder = join(workDir, `job${++jobCount}`);
    mkdirSync(folder);
    const script = join(folder, job.script.filename);
    writeFileSync(script, scriptBytes(job.script));
    const entry = { script, log: join(folder, 'calls.json'), output: join(folder, 'output.txt'), exit: join(folder, 'exit.txt') };
    return { job, folder, entry: { ...entry, yes: job.yes ?? false, fromStep: job.fromStep ?? 0, fail: job.fail ?? null, failCode: job.failCode ?? null, interactive: job.input !== undefined } };
  });
  const run = (entries: (typeof prepared)[number]['entry'][], input: string): string => {
    const list = join(workDir, `jobs${++jobCount}.json`);
    writeFileSync(list, JSON.stringify(entries), 'utf8');
    // Answers come from stdin only for runs that are asked; the others are non-interactive, so a prompt fails at once.
    const interactive = entries.some((entry) => entry.interactive) ? [] : ['-NonInteractive'];
    return execFileSync(PWSH!, ['-NoLogo', '-NoProfile', ...interactive, '-File', runner, list, stubs, options.transcript ? 'keep' : 'none'], {
      input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: PWSH_TIMEOUT_MS,
    });
  };
  const printed = run(
    prepared.map(({ entry }) => entry),
    prepared.map(({ job }) => job.input ?? '').join(''),
  );
  for (const [, output, text] of printed.matchAll(/<<<job (.*)\r?\n([\s\S]*?)job>>>/g)) writeFileSync(output!, text!);
  return prepared.map(({ entry, folder }) => ({
    calls: JSON.parse(readFileSync(entry.log, 'utf8')) as Call[],
    output: readFileSync(entry.output, 'utf8').replace(/^\uFEFF/, ''),
    exitCode: Number(readFileSync(entry.exit, 'utf8').trim()),
    folder,
  }));
}

/** cmd.exe's stub gets /d /c --% and the line: what the program then gets is that line's arguments. */
function programCalls(calls: readonly Call[]): Call[] {
  return calls.map((call) =>
    call.command === 'cmd.exe' && call.args.slice(0, 4).join(' ') === '/d /v:off /c --%'
      ? { command: `cmd.exe: ${cmdShape(call.args[4] ?? '').join(' ')}`, args: commandLineArguments(call.args[4] ?? '') }
      : call,
  );
}

describe.runIf(PWSH)('downloads run with hostile values against stub commands', () => {
  const markedPs1 = [...marked.entries()].filter(([, script]) => script.filename.endsWith('.ps1'));
  let runs: Run[] = [];
  const expectedCalls = new Map<string, Call[]>();
  beforeAll(() => {
    runs = runJobs([...markedPs1.map(([, script]) => ({ script, yes: true })), ...ps1.map((download) => ({ script: download.script, yes: true }))], { transcript: false });
    markedPs1.forEach(([name], index) => expectedCalls.set(name, programCalls(runs[index]!.calls)));
  }, PWSH_TIMEOUT_MS);

  it('runs every step of every guide to the end with plain values', () => {
    markedPs1.forEach(([slug], index) => {
      expect(runs[index]!.exitCode, `${slug}:\n${runs[index]!.output}`).toBe(0);
      expect(runs[index]!.output, slug).toContain('All steps done.');
      expect(runs[index]!.calls.length, slug).toBeGreaterThan(0);
    });
  });

  it('gives every command each value as exactly one argument, unchanged, and no other command', () => {
    ps1.forEach((download, index) => {
      const run = runs[markedPs1.length + index]!;
      const where = `${download.guide.file} with ${JSON.stringify(download.value)}:\n${run.output}`;
      expect(run.exitCode, where).toBe(0);
      const expected = expectedCalls.get(key(download))!.map((call) => ({ command: call.command, args: call.args.map((argument) => withValue(argument, download.value)) }));
      expect(programCalls(run.calls), where).toEqual(expected);
    });
  });
});

describe.runIf(PWSH)('the .ps1 runbook, run step by step', () => {
  const group = marked.get('group-writeback/cmd/group-writeback.ps1')!;
  const device = marked.get('device-writeback/cmd/device-writeback.ps1')!;
  const router = marked.get('windows-ipv6-router/cmd/windows-ipv6-router.ps1')!;
  let answered: Run, again: Run, quitAtManual: Run, resumed: Run, failing: Run, nativeFailing: Run, schemaByHand: Run, clientsByHand: Run;
  beforeAll(() => {
    [answered, again, quitAtManual, resumed, failing, nativeFailing, schemaByHand, clientsByHand] = runJobs([
      { script: group, input: 'y\ns\nq\n' },
      { script: group, input: 'maybe\nY\nq\n' },
      { script: group, input: 'yes\nyes\nq\n' },
      { script: group, yes: true, fromStep: 'make-groups-reachable' },
      { script: group, yes: true, fail: 'Initialize-ADSyncGroupWriteBack' },
      { script: router, yes: true, fail: 'cmd.exe', failCode: 5 },
      { script: device, yes: true },
      { script: router, yes: true, fromStep: 5 },
    ]) as [Run, Run, Run, Run, Run, Run, Run, Run];
  }, PWSH_TIMEOUT_MS);

  it('shows each step by its title with its commands, and runs, skips or stops as answered', () => {
    expect(answered!.output).toContain('Step 1: Load the AdSyncPrep module');
    expect(answered!.output).toContain("Import-Module 'ZZaadConnectPathZZ\\AdPrep\\AdSyncPrep.psm1'");
    expect(answered!.output).toContain('Run this step? [Y]es / [S]kip / [Q]uit');
    expect(answered!.output).toContain('Skipped step 2.');
    expect(answered!.output).toContain('Stopped at step 3. To go on later: .\\group-writeback.ps1 -FromStep turn-on-group-writeback');
    expect(answered!.calls.map((call) => call.command)).toEqual(['Import-Module']);
    expect(answered!.exitCode).toBe(0);
  });

  it('asks again after an answer it does not know', () => {
    expect(again!.output).toContain('Type Y to run this step, S to skip it, or Q to stop here.');
    expect(again!.calls.map((call) => call.command)).toEqual(['Import-Module']);
    expect(again!.output).toContain('Stopped before step 2.');
  });

  it('stops at a step done by hand when asked to', () => {
    expect(quitAtManual!.calls.map((call) => call.command)).toEqual(['Import-Module', 'Initialize-ADSyncGroupWriteBack']);
    expect(quitAtManual!.output).toContain('This step has no command: do it by hand, as the guide says.');
  });

  it('resumes from a step with -FromStep and its id, and says that the steps before it did not run', () => {
    expect(resumed!.output).toContain('Starting at step 4');
    expect(resumed!.output).toContain('All steps done.');
    expect(resumed!.exitCode).toBe(0);
  });

  // The guides say where these run: group writeback's step 4 in the Exchange Management Shell, device
  // writeback's adprep on the schema master, the router guide's step 5 commands on each test client.
  it('shows a block marked to run elsewhere with where to run it, and never runs it, even with -Yes', () => {
    expect(resumed!.calls).toEqual([]);
    expect(resumed!.output).toContain("Run this in the Exchange Management Shell, by hand:\nUpdate-GlobalAddressList -Identity 'Default Global Address List'");
    expect(resumed!.output).toContain('Run this in the Exchange Management Shell, by hand:\nGet-AddressList | Update-AddressList');
    expect(schemaByHand!.calls.map((call) => call.command)).toEqual(['Import-Module', 'Initialize-ADSyncDeviceWriteBack']);
    expect(schemaByHand!.output).toContain('Step 1: Update the schema if you have no Windows Server 2012 R2 or later domain controller\nRun this on the schema master, by hand:\nadprep /forestprep');
    expect(schemaByHand!.exitCode).toBe(0);
    // Step 5 runs its router command; the two client blocks are shown, titled once.
    expect(clientsByHand!.calls.map((call) => `${call.command} ${(call.args[4] ?? '').split(' ').slice(0, 5).join(' ')}`)).toEqual([
      'cmd.exe netsh interface ipv6 set interface',
      'cmd.exe netsh interface ipv6 set interface',
    ]);
    expect(clientsByHand!.output).toContain('Part 2 of 3: Address and default route\nRun this on each test client, by hand:\nnetsh interface ipv6 add address interface="ZZclientInterfaceZZ\u0436"');
    expect(clientsByHand!.output).toContain('Part 3 of 3: Remove the test configuration\nRun this on each test client, by hand:\nnetsh interface ipv6 delete route');
    expect(clientsByHand!.exitCode).toBe(0);
  });

  it('stops at the first failing step, says which, and how to resume from it', () => {
    expect(failing!.calls.map((call) => call.command)).toEqual(['Import-Module', 'Initialize-ADSyncGroupWriteBack']);
    expect(failing!.output).toContain('Step 2 failed: The stub was told to fail.');
    expect(failing!.output).toContain('Fix the cause, then resume from this step: .\\group-writeback.ps1 -FromStep grant-ou-permissions');
    expect(failing!.output).not.toContain('All steps done.');
    expect(failing!.exitCode).toBe(1);
  });

  it('stops when a Command Prompt line exits with an error', () => {
    expect(nativeFailing!.calls.map((call) => call.command)).toEqual(['cmd.exe']);
    expect(nativeFailing!.output).toContain('netsh interface ipv6 set route ::/0');
    expect(nativeFailing!.output).toContain('Step 1 failed: cmd.exe exited with code 5.');
    expect(nativeFailing!.exitCode).toBe(1);
  });

  it('keeps a transcript named after the guide and the time, next to the script', () => {
    const logs = readdirSync(failing!.folder).filter((file) => /^group-writeback-\d{8}-\d{6}\.log$/.test(file));
    expect(logs).toHaveLength(1);
    const transcript = readFileSync(join(failing!.folder, logs[0]!), 'utf8');
    expect(transcript).toContain('Step 1: Load the AdSyncPrep module');
    expect(transcript).toContain('Running step 1.');
    expect(transcript).toContain('Step 2 failed: The stub was told to fail.');
  });
});
