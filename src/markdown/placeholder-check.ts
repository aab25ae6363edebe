import type { Plugin } from 'vite';
import { findCodeBlocks } from '../guides/code-blocks';
import { cmdMisreadingHint } from '../parameters/placeholders';
import { codeMetaProblems } from './code-meta';
import { bodyStartLine, parametersOfGuide } from '../procedure/guide-parameters';
import { readShellTabs } from '../guides/shell-tabs';

/**
 * Stops the build (and the dev server) at a placeholder that names no parameter, or that sits in a
 * cmd block where PowerShell reads the line differently, or at an unknown code fence attribute, with the file, line and column to fix. Runs on the raw MDX, before the Markdown pipeline sees it.
 */
export function placeholderCheck(): Plugin {
  return {
    name: 'guides:placeholder-check',
    enforce: 'pre',
    transform(source, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.mdx') || !file.includes('/content/guides/')) return null;
      const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      const start = bodyStartLine(source, body);
      const { unknown, misread } = parametersOfGuide(body, start);
      const bodyLines = body.split('\n');
      const meta = findCodeBlocks(body).flatMap((block) => {
        const fence = bodyLines[block.line - 2] ?? '';
        const at = block.meta ? fence.lastIndexOf(block.meta) : -1;
        return codeMetaProblems(block.meta).map((problem) => `${file}:${start + block.line - 2}:${at + problem.offset + 1}: ${problem.message}`);
      });
      const tabs = readShellTabs(body).problems.map((problem) => `${file}:${start + problem.line - 1}:1: ${problem.message}`);
      if (tabs.length > 0) this.error(`Shell tabs the site cannot show:\n${tabs.join('\n')}`);
      if (meta.length > 0) this.error(`Code block attribute${meta.length > 1 ? 's' : ''} the site does not know:\n${meta.join('\n')}`);
      if (unknown.length > 0) {
        const lines = unknown.map((p) => `${file}:${p.line}:${p.column}: <<${p.name}>> names no parameter (see src/parameters/registry.ts)`);
        this.error(`Unknown placeholder${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
      }
      if (misread.length > 0) {
        const lines = misread.map((p) => `${file}:${p.line}:${p.column}: <<${p.name}>> sits where PowerShell reads the line differently from cmd.exe`);
        this.error(`${lines.join('\n')}\n(${cmdMisreadingHint})`);
      }
      return null;
    },
  };
}
