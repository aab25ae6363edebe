import type { RunbookOutline } from '../../src/procedure/runbook';
import { buildGuideScript, runbookSteps, scriptBytes } from '../../src/procedure/script';
import { shownShell } from '../../src/parameters/url-codec';

// Loaded on the first click on "Download script" only.

/** Saves the guide's runbook script with the code as the reader sees it; gives the words for the status line. */
export function downloadScript(root: HTMLElement): string {
  // The build read the guide's steps from its MDX; the page holds the code with the reader's values.
  const outline = JSON.parse(root.dataset['runbook'] ?? '{"steps":[],"blocks":[]}') as RunbookOutline;
  const blocks = [...document.querySelectorAll<HTMLElement>('main figure.code-block')].map((figure) => ({
    language: figure.dataset['language'] ?? 'text',
    code: figure.querySelector('pre code')?.textContent ?? '',
  }));
  // The reader's way of each step that has a Command Prompt and a PowerShell tab (the one on screen).
  const steps = runbookSteps(outline, blocks, shownShell(document.documentElement.dataset['shell']));
  if (!Array.isArray(steps)) return steps.problem;
  const result = buildGuideScript(root.dataset['slug'] ?? 'guide', root.dataset['title'] ?? '', steps);
  if (!result) return 'This guide has no commands to put in a script.';
  if (!result.ok) return result.problem;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([scriptBytes(result.script)], { type: 'application/octet-stream' }));
  link.download = result.script.filename;
  link.click();
  URL.revokeObjectURL(link.href);
  return `Downloaded ${result.script.filename}.`;
}
