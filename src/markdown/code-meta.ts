/** Reads `key="value"` pairs from a code fence's meta string (```powershell title="Grant permissions"). */
export function parseCodeMeta(meta: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!meta) return result;
  for (const match of meta.matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    const key = match[1];
    if (key) result[key] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return result;
}

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
