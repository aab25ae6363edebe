import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { llmsFull, llmsLinks } from './llms';
import { twinProblems } from './twin-check';

/**
 * After the pages are written (a whole build, or the merge of shards): checks every guide's Markdown twin
 * against its page, and writes /llms-full.txt, the twins in /llms.txt's order. A twin that differs from its
 * page stops the build, naming the page and what differs.
 */
export function finishMarkdownTwins(dist: string): { guides: number } {
  const twins = globSync('guides/**/index.html.md', { cwd: dist });
  const problems = twins.flatMap((twin) => {
    const page = join(dist, twin.replace(/index\.html\.md$/, 'index.html'));
    if (!existsSync(page)) return [`/${twin}: no page next to it`];
    return twinProblems(readFileSync(page, 'utf8'), readFileSync(join(dist, twin), 'utf8')).map((problem) => `/${twin}: ${problem}`);
  });
  if (problems.length > 0) throw new Error(`Markdown twins that do not match their page (src/markdown-twin/twin.ts):\n  ${problems.join('\n  ')}`);
  const index = readFileSync(join(dist, 'llms.txt'), 'utf8');
  const linked = llmsLinks(index).filter((link) => link.section !== 'Optional');
  const files = linked.map((link) => join(dist, new URL(link.url).pathname));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`/llms.txt links to files the build did not write: ${missing.join(', ')}`);
  if (linked.length !== twins.length) throw new Error(`/llms.txt lists ${linked.length} guides, the build wrote ${twins.length} Markdown twins`);
  writeFileSync(join(dist, 'llms-full.txt'), llmsFull(index, files.map((file) => readFileSync(file, 'utf8'))));
  return { guides: twins.length };
}

export function markdownTwins(): AstroIntegration {
  return {
    name: 'guides:markdown-twins',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { guides } = finishMarkdownTwins(fileURLToPath(dir));
        logger.info(`${guides} Markdown twins match their pages; llms-full.txt written in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
