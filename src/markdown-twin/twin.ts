import { findCodeBlocks } from '../guides/code-blocks';

/**
 * A guide as Markdown, for the reader's own tools: its Markdown twin (`/guides/<group>/<guide>/index.html.md`,
 * the llms.txt proposal's ".md next to the page"), the guides of `/llms-full.txt`, and "Copy as Markdown".
 * The twin holds placeholders (`<<name>>`) and lists each with its example, never a reader's value;
 * `fillTwin` puts the code as the page shows it (the reader's values, quoted for where they sit) in place of
 * the twin's code, in the browser. No DOM, no Astro: the build and the browser share it.
 */

export interface TwinPlaceholder {
  name: string;
  label: string;
  example: string;
}

export interface TwinGuide {
  title: string;
  summary: string;
  /** The page's canonical address. */
  pageUrl: string;
  /** The site's origin, for site-relative links ("https://guides.example.org"). */
  site: string;
  appliesTo: readonly string[];
  /** The MDX body (frontmatter removed). */
  body: string;
  /** The guide's placeholders, in the order the page's form lists them. */
  placeholders: readonly TwinPlaceholder[];
  post: string;
  sources: readonly { title: string; publisher: string; url: string }[];
}

/** The paragraph that says how placeholders are written; fillTwin replaces it and the list after it. */
export const PLACEHOLDERS_INTRO = 'The commands hold placeholders, written `<<name>>`. Replace each with your value (an example is given), or open the page, type your values and use "Copy as Markdown":';
export const FILLED_NOTE = 'The commands hold the values typed on the page, quoted for where they sit.';

const ASIDE_LABELS: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/** A code span that holds `text` whatever backticks it contains (CommonMark: a longer run of backticks around it). */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  return longest > 0 ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
}

/** The opening of a block component the twin turns into a blockquote, and its label. */
function blockStart(line: string): { tag: string; label: string; rest: string } | undefined {
  const aside = /^<Aside\s+type="(\w+)"(?:\s+title="([^"]*)")?\s*>(.*)$/.exec(line);
  if (aside) {
    const kind = ASIDE_LABELS[aside[1] ?? ''] ?? 'Note';
    return { tag: 'Aside', label: `**${kind}${aside[2] ? `: ${aside[2]}` : ''}.** `, rest: aside[3] ?? '' };
  }
  const unconfirmed = /^<Unconfirmed>(.*)$/.exec(line);
  if (unconfirmed) return { tag: 'Unconfirmed', label: '**Unconfirmed: no source confirms this.** ', rest: unconfirmed[1] ?? '' };
  const error = /^<ErrorMessage>(.*)$/.exec(line);
  if (error) return { tag: 'ErrorMessage', label: '**Error message:** ', rest: error[1] ?? '' };
  return undefined;
}

/** Prose as Markdown: step id tags dropped (the page's anchors), site-relative links made absolute. */
function prose(line: string, site: string): string {
  return line.replace(/<Step\s+id="[^"]*"\s*\/>\s*/g, '').replace(/\]\(\//g, `](${site}/`);
}

/**
 * The guide's body as Markdown: code blocks verbatim (placeholders and fence attributes kept; Markdown
 * readers ignore what follows a fence's language), asides, unconfirmed claims and error messages as
 * blockquotes with their label, step ids dropped, site links absolute.
 */
export function bodyMarkdown(body: string, site: string): string {
  const lines = body.split('\n');
  const inFence = new Set<number>();
  for (const block of findCodeBlocks(body)) {
    const last = block.line - 1 + block.code.split('\n').length; // 0-based closing fence
    for (let line = block.line - 2; line <= last; line++) inFence.add(line);
  }
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (inFence.has(index)) {
      out.push(line);
      continue;
    }
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    const start = blockStart(line.slice(indent.length));
    if (!start) {
      out.push(prose(line, site));
      continue;
    }
    // Up to the closing tag, which may be on the same line or a later one.
    const content: string[] = [];
    let rest = start.rest;
    const close = `</${start.tag}>`;
    while (!rest.includes(close) && index + 1 < lines.length) {
      content.push(rest);
      rest = (lines[++index] ?? '').slice(indent.length);
    }
    content.push(rest.slice(0, rest.indexOf(close) >= 0 ? rest.indexOf(close) : undefined));
    const text = content.join('\n').trim().split('\n');
    text[0] = start.label + (text[0] ?? '');
    for (const part of text) out.push(`${indent}>${part.trim() === '' ? '' : ` ${prose(part.trim(), site)}`}`);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The guide's Markdown twin: title, summary, where it applies, its page, its placeholders, the body and its sources. */
export function guideTwin(guide: TwinGuide): string {
  const head = [`# ${guide.title}`, '', `> ${guide.summary}`, '', `Applies to: ${guide.appliesTo.join(', ')}.`, '', `Page: ${guide.pageUrl}`];
  const placeholders = guide.placeholders.length === 0 ? [] : ['', PLACEHOLDERS_INTRO, '', ...guide.placeholders.map((p) => `- ${codeSpan(`<<${p.name}>>`)}: ${p.label}. Example: ${codeSpan(p.example)}`)];
  const sources = ['## Sources', '', `- The blog post "${guide.post}"`, ...guide.sources.map((source) => `- [${source.title}](${source.url}) (${source.publisher})`)];
  return `${[...head, ...placeholders, '', bodyMarkdown(guide.body, guide.site), '', ...sources].join('\n')}\n`;
}

/** The fenced code blocks of a twin, in order: where each one's code lines are and how far they are indented. */
function twinBlocks(twin: string): { first: number; count: number; indent: string }[] {
  return findCodeBlocks(twin).map((block) => ({ first: block.line - 1, count: block.code === '' ? 0 : block.code.split('\n').length, indent: ' '.repeat(block.indent) }));
}

/** The code of each fenced block of a twin, without its list indentation. */
export function twinCode(twin: string): string[] {
  return findCodeBlocks(twin).map((block) => block.code);
}

/**
 * The twin with the page's code in place of its own (block by block, in order: `codes` is what Copy copies
 * from each block) and the placeholder list replaced by a note: the guide with the reader's values, made
 * in the browser. Undefined when the page and the twin do not have the same number of blocks: better no
 * copy than a wrong one.
 */
export function fillTwin(twin: string, codes: readonly string[]): string | undefined {
  const blocks = twinBlocks(twin);
  if (blocks.length !== codes.length) return undefined;
  const lines = twin.split('\n');
  // From the last block back, so that earlier line numbers stay right.
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!;
    const code = (codes[index] ?? '').replace(/\n$/, '');
    lines.splice(block.first, block.count, ...code.split('\n').map((line) => (line === '' ? '' : block.indent + line)));
  }
  const text = lines.join('\n');
  const intro = text.indexOf(PLACEHOLDERS_INTRO);
  if (intro < 0) return text;
  // The list ends at the first blank line after it.
  const listEnd = text.indexOf('\n\n', intro + PLACEHOLDERS_INTRO.length + 2);
  return text.slice(0, intro) + FILLED_NOTE + (listEnd < 0 ? '\n' : text.slice(listEnd));
}
