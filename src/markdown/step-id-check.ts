import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Plugin } from 'vite';
import { aliasProblems, parseStepIdRegistry, stepIdProblems, type StepAliases } from '../guides/step-ids';
import { findSteps } from '../guides/steps';
import { bodyStartLine } from '../procedure/guide-parameters';

/** The frontmatter's stepAliases when it is an object of strings (the schema says more about any other shape). */
function readAliases(frontmatter: string): StepAliases {
  const data: unknown = load(frontmatter);
  const aliases = data && typeof data === 'object' ? (data as Record<string, unknown>)['stepAliases'] : undefined;
  if (!aliases || typeof aliases !== 'object') return {};
  return Object.fromEntries(Object.entries(aliases).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * Stops the build (and the dev server) at a step without an id, with a malformed or repeated one (file and
 * line), and at a published step id (content/step-ids.json) that left the guide without an alias in its
 * frontmatter. Runs on the raw MDX, like placeholder-check.ts.
 */
export function stepIdCheck(): Plugin {
  let root = process.cwd();
  return {
    name: 'guides:step-id-check',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform(source, id) {
      // The MDX file itself: Astro also loads it under queries (?astroPropagatedAssets) whose source is generated code.
      const file = id;
      const at = file.indexOf('/content/guides/');
      if (!file.endsWith('.mdx') || at < 0) return null;
      const guide = file.slice(at + '/content/guides/'.length, -'.mdx'.length);
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
      const body = frontmatter ? source.slice(frontmatter[0].length) : source;
      const steps = findSteps(body);
      const problems = stepIdProblems(steps, bodyStartLine(source, body));
      if (problems.length > 0) this.error(`Step id${problems.length > 1 ? 's' : ''} to fix:\n${problems.map((problem) => `${file}:${problem.line}: ${problem.message}`).join('\n')}`);
      // A site without the file has published no step ids yet (tests/unit/guides/step-ids.test.ts keeps this project's).
      const registryFile = join(root, 'content/step-ids.json');
      const registry = existsSync(registryFile) ? parseStepIdRegistry(readFileSync(registryFile, 'utf8')) : {};
      const ids = steps.map((step) => step.id ?? '');
      const gone = aliasProblems(ids, readAliases(frontmatter?.[1] ?? ''), registry[guide] ?? []);
      if (gone.length > 0) this.error(`${file}: ${gone.join(`\n${file}: `)}`);
      return null;
    },
  };
}
