import { findSteps } from '../guides/steps';
import { twinCode } from './twin';

/**
 * The build's check that a guide's Markdown twin says what its page says: the same code blocks, line for line
 * (the page's example values read back as their placeholders), and the same steps, in order. Pure: the
 * integration (integration.ts) reads the files.
 */

/** Text of an HTML fragment: tags dropped, character references decoded (Shiki writes &#x3C;, Astro &lt;). */
export function decodeHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** The code of each block of a page, as its source wrote it: each value span (data-param) read back as its placeholder. */
export function pageCode(html: string): string[] {
  return [...html.matchAll(/<pre\b[^>]*><code\b[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((match) =>
    decodeHtml((match[1] ?? '').replace(/<span\b[^>]*\bdata-param="([^"]+)"[^>]*>[\s\S]*?<\/span>/g, (_span, name: string) => `&lt;&lt;${name}&gt;&gt;`)),
  );
}

/** Letters and digits only: how a step's words compare between the page's HTML and the twin's Markdown. */
const words = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Each step's id and the words of its first paragraph, from the page (the Step anchors, components/Step.astro). */
export function pageSteps(html: string): { id: string; words: string }[] {
  return [...html.matchAll(/<span id="([^"]+)" class="step-anchor"><\/span>/g)].map((match) => {
    const after = html.slice((match.index ?? 0) + match[0].length)
      // The report link, and the link's inline script that Astro writes after the first one of the page.
      .replace(/^\s*<a class="step-report[^"]*"[^>]*>[\s\S]*?<\/a>(?:\s*<script\b[^>]*>[\s\S]*?<\/script>)?/, '');
    const end = after.search(/<\/p>|<\/li>|<ul\b|<ol\b|<figure\b|<div\b|<pre\b/);
    return { id: match[1] ?? '', words: words(decodeHtml(end < 0 ? after : after.slice(0, end))) };
  });
}

/** What differs between a page and its twin, one sentence each (empty: they match). */
export function twinProblems(html: string, twin: string): string[] {
  const problems: string[] = [];
  const shown = pageCode(html);
  const written = twinCode(twin);
  if (shown.length !== written.length) problems.push(`the page has ${shown.length} code blocks, its Markdown twin ${written.length}`);
  shown.forEach((code, index) => {
    const other = written[index];
    if (other !== undefined && code.replace(/\s+$/, '') !== other.replace(/\s+$/, '')) {
      const lines = code.split('\n');
      const otherLines = other.split('\n');
      const at = lines.findIndex((line, number) => line !== otherLines[number]);
      problems.push(`code block ${index + 1} differs at its line ${at + 1}: the page has ${JSON.stringify(lines[at] ?? '')}, the twin ${JSON.stringify(otherLines[at] ?? '')}`);
    }
  });
  const pageList = pageSteps(html);
  const twinList = findSteps(twin.replace(/^# .*$/m, ''));
  if (pageList.length !== twinList.length) problems.push(`the page has ${pageList.length} steps, its Markdown twin ${twinList.length}`);
  pageList.forEach((step, index) => {
    const other = twinList[index];
    if (other && words(other.text) !== step.words) problems.push(`step "${step.id}" (step ${index + 1}) reads differently in the Markdown twin: ${JSON.stringify(other.text.slice(0, 80))}`);
  });
  return problems;
}
