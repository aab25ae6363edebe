import { findCodeBlocks } from '../guides/code-blocks';
import { findSteps } from '../guides/steps';
import { codeRun, parseCodeMeta, runsElsewhere, type RunElsewhere } from '../markdown/code-meta';
import { readShellTabs } from '../guides/shell-tabs';
import type { Shell } from './shell-choice';

/**
 * Which step of the downloadable runbook each code block of a guide belongs to, read from the MDX at
 * build time (the page hands it to the browser, which adds the code as the reader sees it).
 *
 * The runbook follows the guide: one step per item of the `## Steps` ordered list, numbered as on the
 * page and titled by the item's bold lead (a step without code is a step done by hand), then one step per
 * code block of `## Verify`. Other sections (troubleshooting, roll back...) are for when something goes
 * wrong, so they stay on the page. A guide without a Steps list has one step per code block. A block
 * marked `run="undo"` or `run="example"` is never in it; one marked to run elsewhere (`run="client"`...)
 * is shown by the runbook, never run.
 */
export interface RunbookOutline {
  steps: RunbookStepOutline[];
  /**
   * Every fenced block of the guide, in document order: its language, title, step number (null: left out),
   * where it runs when not here, and its shell tab when it is one way of a step (src/guides/shell-tabs.ts:
   * the runbook takes the reader's way only).
   */
  blocks: { language: string; title: string; step: number | null; run?: RunElsewhere; shell?: Shell }[];
}

export interface RunbookStepOutline {
  number: number;
  title: string;
  /** The step's stable id (a Steps item's `<Step id>`): the runbook's -FromStep takes it. None for Verify blocks. */
  id?: string;
}

const MAX_TITLE = 90;

/** Code block languages a script runs; other blocks (text, registry files...) are for reading. */
export const POWERSHELL_LANGUAGES: ReadonlySet<string> = new Set(['powershell', 'ps', 'ps1', 'pwsh']);
export const CMD_LANGUAGES: ReadonlySet<string> = new Set(['cmd', 'bat', 'batch']);
export const isRunnable = (language: string): boolean => POWERSHELL_LANGUAGES.has(language) || CMD_LANGUAGES.has(language);

export function runbookOutline(body: string): RunbookOutline {
  const lines = body.split('\n');
  const fenced = findCodeBlocks(body);
  // 0-based line of each block's opening fence; the lines inside fences are not prose.
  const fenceAt = new Map(fenced.map((block, index) => [block.line - 2, index]));
  const inFence = new Set<number>();
  for (const block of fenced) {
    const first = block.line - 2;
    const last = block.line - 1 + block.code.split('\n').length; // closing fence
    for (let line = first; line <= last; line++) inFence.add(line);
  }
  const hasSteps = lines.some((line, index) => !inFence.has(index) && /^##\s+Steps\s*$/.test(line));

  const steps: RunbookStepOutline[] = [];
  const { blockShells } = readShellTabs(body);
  const blocks: RunbookOutline['blocks'] = fenced.map((block, index) => {
    const run = codeRun(block.meta);
    const shell = blockShells[index];
    return { language: block.language, title: cleanTitle(parseCodeMeta(block.meta)['title'] ?? ''), step: null, ...(runsElsewhere(run) ? { run } : {}), ...(shell ? { shell } : {}) };
  });
  const leftOut = new Set(fenced.flatMap((block, index) => (codeRun(block.meta) === 'undo' || codeRun(block.meta) === 'example' ? [index] : [])));
  // Step titles as the page's HowTo gives them (src/guides/steps.ts), in list order.
  const guideSteps = findSteps(body);
  let itemCount = 0;
  let section = '';
  let listItem = 0; // number of the Steps item we are in (0: none)
  for (let index = 0; index < lines.length; index++) {
    const blockIndex = fenceAt.get(index);
    if (blockIndex !== undefined) {
      const entry = blocks[blockIndex]!;
      if (leftOut.has(blockIndex)) continue;
      if (section === 'Steps' && listItem > 0) entry.step = listItem;
      else if ((!hasSteps || section === 'Verify') && isRunnable(entry.language)) {
        const label = entry.title;
        const title = section && label ? `${section}: ${label}` : section || label || 'Commands';
        entry.step = (steps.at(-1)?.number ?? 0) + 1;
        steps.push({ number: entry.step, title: cleanTitle(title) });
      }
      continue;
    }
    if (inFence.has(index)) continue;
    const line = lines[index] ?? '';
    const heading = /^(#{2,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      // A subheading inside Steps still belongs to it; a new ## section ends it.
      if (heading[1] === '##') {
        section = cleanTitle(heading[2] ?? '');
        listItem = 0;
      }
      continue;
    }
    if (section !== 'Steps') continue;
    const item = /^\d+[.)]\s+(.*)$/.exec(line);
    if (item) {
      listItem = (steps.at(-1)?.number ?? 0) + 1;
      const found = guideSteps[itemCount++];
      const title = found ? cleanTitle(found.name ?? firstSentence(found.text)) : stepTitle(item[1] ?? '');
      steps.push({ number: listItem, title: title || `Step ${listItem}`, ...(found?.id ? { id: found.id } : {}) });
    } else if (line.trim() !== '' && !/^\s/.test(line)) {
      // Text back at the margin (an Aside after the list) is no longer inside a step.
      listItem = 0;
    }
  }
  return { steps, blocks };
}

/** A step's title: its bold lead (`**Load the module** in...`), else its first sentence. */
export function stepTitle(firstLine: string): string {
  const bold = /^\s*\*\*(.+?)\*\*/.exec(firstLine);
  const text = bold ? bold[1]! : firstSentence(firstLine);
  return cleanTitle(text);
}

const firstSentence = (text: string): string => /^(.+?)(?:[.:](?:\s|$)|$)/.exec(text.trim())?.[1] ?? '';

/** Markdown and markup out, one line, no trailing punctuation, short enough for a prompt. */
function cleanTitle(text: string): string {
  let title = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/\*+|`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;,]+$/, '');
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE).replace(/\s+\S*$/, '')}...`;
  return title;
}
