import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCodeBlocks } from '../../src/guides/code-blocks';
import { renderCode } from '../../src/parameters/placeholders';
import { runbookOutline } from '../../src/procedure/runbook';
import { buildGuideScript, runbookSteps, type ScriptResult } from '../../src/procedure/script';

/**
 * Each guide's downloaded script, built as the page builds it (the build's outline of the MDX, the code
 * with values filled in), without a browser: for tests that parse and run every download.
 */
const contentDir = join(import.meta.dirname, '..', '..', 'content', 'guides');

export interface GuideSource {
  file: string;
  slug: string;
  title: string;
  body: string;
}

export const GUIDES: readonly GuideSource[] = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const source = readFileSync(join(contentDir, file), 'utf8');
    const title = /^title:\s*"(.*)"\s*$/m.exec(source)?.[1] ?? file;
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    return { file, slug: file.replace(/^.*\//, '').replace(/\.mdx$/, ''), title, body };
  });

/** The guides whose code has placeholders: those pages have the form, and with it "Download script". */
export const GUIDES_WITH_FORM = GUIDES.filter((guide) => findCodeBlocks(guide.body).some((block) => block.code.includes('<<')));

/**
 * The script a reader downloads with these values, or the reason there is none: 'refused' when a value
 * cannot be placed in some block (the page marks it invalid and will not download).
 */
export function guideScript(guide: GuideSource, values: Readonly<Record<string, string>>): ScriptResult | 'refused' | undefined {
  let blocks;
  try {
    blocks = findCodeBlocks(guide.body).map((block) => ({ language: block.language, code: renderCode(block.language, block.code, values).code }));
  } catch {
    return 'refused';
  }
  const steps = runbookSteps(runbookOutline(guide.body), blocks);
  if (!Array.isArray(steps)) throw new Error(`${guide.file}: ${steps.problem}`);
  return buildGuideScript(guide.slug, guide.title, steps);
}
