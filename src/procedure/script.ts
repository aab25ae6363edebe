/** One code block of a guide as the reader sees it (values filled in), with where it sits. */
export interface ScriptStep {
  language: string;
  code: string;
  /** The heading of the section the block is in. */
  section: string;
  /** The block's own title, or the text of the step it belongs to. */
  label: string;
}

/** A downloadable script: file name and text. */
export interface GuideScript {
  filename: string;
  text: string;
}

const POWERSHELL = new Set(['powershell', 'ps', 'ps1', 'pwsh']);
const CMD = new Set(['cmd', 'bat', 'batch']);

/**
 * Joins a guide's runnable code blocks, in order, into one script: `.cmd` when every block is
 * cmd.exe, else `.ps1`. Each step is introduced by a comment; text blocks (not commands) are left out.
 */
export function buildGuideScript(slug: string, title: string, steps: readonly ScriptStep[]): GuideScript | undefined {
  const runnable = steps.filter((step) => POWERSHELL.has(step.language) || CMD.has(step.language));
  if (runnable.length === 0) return undefined;
  const asCmd = runnable.every((step) => CMD.has(step.language));
  const comment = asCmd ? (text: string): string => `REM ${text}` : (text: string): string => `# ${text}`;
  const header = [
    comment(title),
    comment('Generated from the guide with your values. Read each step before you run it.'),
    asCmd ? '' : comment('Run in an elevated PowerShell session.'),
  ].filter(Boolean);
  const body = runnable.map((step, index) => {
    const lines = [comment(`Step ${index + 1}: ${oneLine(step.section)}${step.label ? ` - ${oneLine(step.label)}` : ''}`)];
    const code = step.code.replace(/\s+$/, '');
    if (!asCmd && CMD.has(step.language)) {
      lines.push(comment('(Command Prompt commands: cmd.exe runs each line, so PowerShell never reads their quotes or values)'));
      lines.push(...code.split(/\r?\n/).map((line) => (line.trim() === '' ? '' : `cmd.exe /d /c --% ${line.trim()}`)));
    } else {
      lines.push(code);
    }
    return lines.join('\r\n');
  });
  const prefix = asCmd ? '@echo off\r\n' : '';
  return {
    filename: `${slug}.${asCmd ? 'cmd' : 'ps1'}`,
    text: `${prefix}${header.join('\r\n')}\r\n\r\n${body.join('\r\n\r\n')}\r\n`,
  };
}

/** Comments must stay on one line, or the rest of the text would run as a command. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').trim();
}
