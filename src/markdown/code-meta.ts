/** Reads `key="value"` pairs from a code fence's meta string (```powershell title="Grant permissions"). */
export function parseCodeMeta(meta: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!meta) return result;
  for (const match of meta.matchAll(META_PAIR)) {
    const key = match[1];
    if (key) result[key] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return result;
}

const META_PAIR = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;

/**
 * Where a block runs, when not on the machine the guide is about (`run="client"`): the runbook shows it
 * and says where, but never runs it. `undo` and `example` blocks (roll-back, sample output) stay out of it.
 */
export const RUN_ELSEWHERE = ['client', 'exchange-shell', 'schema-master'] as const;
export const RUN_LEFT_OUT = ['undo', 'example'] as const;
export type RunElsewhere = (typeof RUN_ELSEWHERE)[number];
export type RunValue = RunElsewhere | (typeof RUN_LEFT_OUT)[number];
const RUN_VALUES: readonly string[] = [...RUN_ELSEWHERE, ...RUN_LEFT_OUT];
const META_KEYS: readonly string[] = ['title', 'run'];

/** The block's `run=` value (undefined: it runs where the guide's commands run). */
export function codeRun(meta: string | undefined): RunValue | undefined {
  const run = parseCodeMeta(meta)['run'];
  return run !== undefined && RUN_VALUES.includes(run) ? (run as RunValue) : undefined;
}

/** Whether a `run=` value means "show it, by hand, on another machine". */
export const runsElsewhere = (run: RunValue | undefined): run is RunElsewhere => run !== undefined && (RUN_ELSEWHERE as readonly string[]).includes(run);

/** What is wrong with a fence's meta string: unknown attributes or `run=` values, each at its 0-based offset. */
export function codeMetaProblems(meta: string): { offset: number; message: string }[] {
  const problems: { offset: number; message: string }[] = [];
  let rest = meta;
  for (const match of meta.matchAll(META_PAIR)) {
    const key = match[1] ?? '';
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (!META_KEYS.includes(key)) problems.push({ offset: match.index, message: `unknown code block attribute "${key}" (known: ${META_KEYS.join(', ')})` });
    else if (key === 'run' && !RUN_VALUES.includes(value)) problems.push({ offset: match.index, message: `unknown run="${value}" (known: ${RUN_VALUES.join(', ')})` });
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
  }
  // Anything that is not key="value" (a bare word such as showLineNumbers) is unknown too.
  for (const word of rest.matchAll(/\S+/g)) problems.push({ offset: word.index, message: `unknown code block attribute "${word[0]}" (known: ${META_KEYS.join(', ')})` });
  return problems.sort((a, b) => a.offset - b.offset);
}

/** The pill a block's frame shows for its `run=` value. */
export const RUN_LABELS: Record<RunValue, string> = {
  client: 'Run on each client',
  'exchange-shell': 'Exchange Management Shell',
  'schema-master': 'Run on the schema master',
  undo: 'Undo',
  example: 'Example',
};

const SHELL_NAMES: Record<string, string> = {
  powershell: 'PowerShell',
  ps: 'PowerShell',
  ps1: 'PowerShell',
  pwsh: 'PowerShell',
  cmd: 'Command Prompt',
  bat: 'Command Prompt',
  batch: 'Command Prompt',
  reg: 'Registry file',
  text: 'Text',
  plaintext: 'Text',
  txt: 'Text',
};

/** The name a reader knows for a code block's language ("cmd" -> "Command Prompt"). */
export function languageLabel(language: string): string {
  return SHELL_NAMES[language.toLowerCase()] ?? language;
}
