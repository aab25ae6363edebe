import { CMD_LANGUAGES, isRunnable, type RunbookOutline } from './runbook';
import { DEFAULT_SHELL, type Shell } from './shell-choice';
import { lines, type RunbookBlock, type RunbookStep } from './script-parts';
import { powershellScript } from './script-powershell';
import { cmdScript } from './script-cmd';

export { elsewhereLabel, type RunbookBlock, type RunbookStep } from './script-parts';

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

