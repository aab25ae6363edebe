import type { Plugin } from 'vite';
import { cmdMisreadingHint } from '../parameters/placeholders';
import { bodyStartLine, parametersOfGuide } from '../procedure/guide-parameters';

/**
 * Stops the build (and the dev server) at a placeholder that names no parameter, or that sits in a
 * cmd block where PowerShell reads the line differently, with the file, line and column to fix. Runs on the raw MDX, before the Markdown pipeline sees it.
 */
export function placeholderCheck(): Plugin {
  return {
    name: 'guides:placeholder-check',
    enforce: 'pre',
    transform(source, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.mdx') || !file.includes('/content/guides/')) return null;
      const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      const { unknown, misread } = parametersOfGuide(body, bodyStartLine(source, body));
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
