import type { RunElsewhere } from '../markdown/code-meta';
import { quoteValue } from '../parameters/quoting';

/** What the two runbook scripts (script-powershell.ts, script-cmd.ts) share: the steps' shape and their words. */

/** One code block as the reader sees it (values filled in). */
export interface RunbookBlock {
  language: string;
  code: string;
  /** The block's own title (title="..."), shown when a step has several blocks. */
  title?: string;
  /** Where the reader runs it by hand (run="client"...): the runbook shows it and never runs it. */
  run?: RunElsewhere;
}

/** One step of the downloaded runbook: its number and title as in the guide, and its code (none: done by hand). */
export interface RunbookStep {
  number: number;
  title: string;
  /** The step's stable id; the runbook resumes by it (-FromStep load-module), else by the number. */
  id?: string;
  blocks: RunbookBlock[];
}

/** What a reader gives -FromStep to resume at a step: its id, which survives the guide's edits, else its number. */
export const resumeName = (step: RunbookStep): string => step.id ?? String(step.number);

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
export function partLabel(step: RunbookStep, index: number): string {
  if (step.blocks.length < 2) return '';
  const block = step.blocks[index]!;
  const title = block.run ? elsewhereLabel(block.run, block.title ?? '').title : block.title;
  return `Part ${index + 1} of ${step.blocks.length}${title ? `: ${title}` : ''}`;
}

export const CRLF = '\r\n';

export function lines(code: string): string[] {
  return code
    .replace(/\s+$/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** A PowerShell '...' string: nothing in it is code. */
export const psString = (text: string): string => `'${quoteValue(text, 'ps-single')}'`;

/** Comments must stay on one line, or the rest of the text would run as a command. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').trim();
}

