/**
 * `/llms.txt` and `/llms-full.txt`, in the llms.txt format (https://llmstxt.org/, AnswerDotAI/llms-txt
 * nbs/index.qmd): an H1 with the site's name, a blockquote summary, paragraphs with no headings, then H2
 * sections of "file lists" (`- [name](url): notes`); a section named "Optional" may be skipped for a shorter
 * context. Each guide is linked by its Markdown twin. No DOM, no file system.
 */

export interface LlmsGroup {
  title: string;
  guides: readonly { title: string; summary: string; url: string }[];
}

export interface LlmsSite {
  name: string;
  summary: string;
  /** Absolute address of /llms-full.txt. */
  fullUrl: string;
  groups: readonly LlmsGroup[];
}

/** Link text and notes must not end the list item or the link early. */
const linkText = (text: string): string => text.replace(/[[\]\\]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');

export const LLMS_DETAILS = [
  'Each guide below is a Markdown file. Its commands hold placeholders written `<<name>>`, and the guide lists each one with an example value: replace them with your own before you run anything.',
  "To get a guide with your own values filled in and quoted for each shell, open its page, type your values and use \"Copy as Markdown\": the values stay in your browser.",
];

export function llmsIndex(site: LlmsSite): string {
  const lines = [`# ${site.name}`, '', `> ${site.summary}`, '', ...LLMS_DETAILS.flatMap((paragraph) => [paragraph, ''])];
  for (const group of site.groups) {
    if (group.guides.length === 0) continue;
    lines.push(`## ${group.title}`, '', ...group.guides.map((guide) => `- [${linkText(guide.title)}](${guide.url}): ${guide.summary.replace(/\s+/g, ' ')}`), '');
  }
  lines.push('## Optional', '', `- [Every guide in one file](${site.fullUrl}): the Markdown of all the guides above, one after the other`, '');
  return lines.join('\n');
}

/** The file lists of an llms.txt: each H2 section's title and its links, in order. */
export function llmsLinks(text: string): { section: string; name: string; url: string; notes: string }[] {
  const links: { section: string; name: string; url: string; notes: string }[] = [];
  let section = '';
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) section = heading[1]!.trim();
    const item = /^- \[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)(?::\s*(.*))?$/.exec(line);
    if (item && section) links.push({ section, name: item[1]!.replace(/\\(.)/g, '$1'), url: item[2]!, notes: item[3] ?? '' });
  }
  return links;
}

/** /llms-full.txt: the index's title and summary, then every guide's twin in the index's order. */
export function llmsFull(index: string, twins: readonly string[]): string {
  const head = index.split('\n## ')[0]!.trimEnd();
  return `${[head, ...twins.map((twin) => twin.trim())].join('\n\n')}\n`;
}
