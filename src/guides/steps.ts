/** One step of a guide's procedure: an item of the ordered list under `## Steps`. */
export interface GuideStep {
  /** Its stable id (`1. <Step id="load-module" /> **Load...**`): the anchor, progress and the runbook name it by this. */
  id: string | undefined;
  /** The body line (1-based) of the item, for authoring errors. */
  line: number;
  /** The item's bold lead ("Load the AdSyncPrep module"), when it opens with one. */
  name: string | undefined;
  /** The item's first paragraph as a reader sees it: Markdown marks dropped, link text kept. */
  text: string;
}

/**
 * A step's id tag at the start of its item: `<Step id="load-module" />`. Any other spelling of a Step tag
 * there (no id, single quotes, an expression) is left in the text, and the step has no id: the build says so.
 */
export const STEP_TAG = /^<Step\s+id="([^"]*)"\s*\/>\s*/;

/**
 * The steps of a guide's MDX body: the top-level items of the ordered list under `## Steps`, each
 * reduced to its first paragraph (code blocks and asides inside an item are its details). A body
 * without a Steps section has none.
 */
export function findSteps(body: string): GuideStep[] {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^##\s+Steps\s*$/.test(line));
  if (start < 0) return [];
  const steps: GuideStep[] = [];
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^#{1,2}\s/.test(line)) break;
    const item = /^\d+[.)]\s+(.*)$/.exec(line);
    if (!item) continue;
    const itemLine = index + 1;
    const lead = STEP_TAG.exec(item[1] ?? '');
    const paragraph = [(item[1] ?? '').slice(lead?.[0].length ?? 0)];
    // A paragraph goes on until a blank line or a nested block.
    while (index + 1 < lines.length && (lines[index + 1] ?? '').trim() !== '' && !/^\s*(```|~~~|<|[-*+]\s|\d+[.)]\s)/.test(lines[index + 1] ?? '')) {
      paragraph.push((lines[++index] ?? '').trim());
    }
    const source = paragraph.join(' ');
    const bold = /^\*\*(.+?)\*\*/.exec(source)?.[1];
    steps.push({ id: lead?.[1], line: itemLine, name: bold === undefined ? undefined : markdownToText(bold).replace(/[:.]$/, ''), text: markdownToText(source) });
  }
  return steps;
}

/** Inline Markdown as text: code spans kept verbatim, emphasis marks dropped, links reduced to their text. */
export function markdownToText(markdown: string): string {
  // Code spans are set aside first, so that emphasis around one ("**Grant `x`.**") is still one span.
  const code: string[] = [];
  return markdown
    .replace(/(`+)([^`]*?)\1/g, (_match, _ticks: string, inner: string) => `\uE002${code.push(inner) - 1}\uE003`)
    // Escaped characters are set aside too, so that \* is never read as emphasis.
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, (_match, char: string) => `\uE000${char.charCodeAt(0)}\uE001`)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    // Innermost first: emphasised text holds no asterisk, so "**1**, **Edit**" is two spans, not one.
    .replace(/(\*{1,3})([^*\s](?:[^*]*?[^*\s])?)\1/g, '$2')
    .replace(/(\*{1,3})([^*\s](?:[^*]*?[^*\s])?)\1/g, '$2')
    .replace(/(^|\W)_(\S(?:.*?\S)?)_(?=\W|$)/g, '$1$2')
    .replace(/\uE000(\d+)\uE001/g, (_match, char: string) => String.fromCharCode(Number(char)))
    .replace(/\uE002(\d+)\uE003/g, (_match, index: string) => code[Number(index)] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
