import { findCodeBlocks } from '../../src/guides/code-blocks';
import { findPlaceholders, quotingContextAt, renderCode } from '../../src/parameters/placeholders';
import { placeValue } from '../../src/parameters/quoting';
import { runbookOutline } from '../../src/procedure/runbook';
import { buildGuideScript, runbookSteps, type ScriptResult } from '../../src/procedure/script';
import { SHELLS, type Shell } from '../../src/procedure/shell-choice';
import { readShellTabs } from '../../src/guides/shell-tabs';
import { GUIDE_FILES } from './guides';

/**
 * Each guide's downloaded script, built as the page builds it (the build's outline of the MDX, the code
 * with values filled in), without a browser: for tests that parse and run every download.
 */
export interface GuideSource {
  file: string;
  slug: string;
  title: string;
  body: string;
}

export const GUIDES: readonly GuideSource[] = GUIDE_FILES.map(({ file, slug, frontmatter, body }) => ({ file, slug, title: frontmatter.title, body }));

/** The guides whose code has placeholders: those pages have the form, and with it "Download script". */
export const GUIDES_WITH_FORM = GUIDES.filter((guide) => findCodeBlocks(guide.body).some((block) => block.code.includes('<<')));

/** Each guide with a form and each shell tab choice that gives it another runbook (the PowerShell one where it has tabs). */
export const GUIDE_DOWNLOADS: readonly { guide: GuideSource; shell: Shell }[] = GUIDES_WITH_FORM.flatMap((guide) =>
  SHELLS.filter((shell, index) => index === 0 || readShellTabs(guide.body).tabs.some((tab) => tab.shell === shell)).map((shell) => ({ guide, shell })),
);

/**
 * The script a reader downloads with these values (and this shell tab chosen: the first tab by default), or the
 * reason there is none: 'refused' when a value cannot be placed in some block (the page marks it invalid and
 * will not download).
 */
export function guideScript(guide: GuideSource, values: Readonly<Record<string, string>>, shell?: Shell): ScriptResult | 'refused' | undefined {
  const sourceBlocks = findCodeBlocks(guide.body);
  // Only a refusal gives no download; any other failure (an unknown placeholder, a bug) fails the test that asked.
  const refused = sourceBlocks.some((block) =>
    findPlaceholders(block.code).some((found) => {
      const value = values[found.name];
      return value !== undefined && !placeValue(value, quotingContextAt(block.language, block.code, found.start)).ok;
    }),
  );
  if (refused) return 'refused';
  const blocks = sourceBlocks.map((block) => ({ language: block.language, code: renderCode(block.language, block.code, values).code }));
  const steps = runbookSteps(runbookOutline(guide.body), blocks, shell);
  if (!Array.isArray(steps)) throw new Error(`${guide.file}: ${steps.problem}`);
  return buildGuideScript(guide.slug, guide.title, steps);
}
