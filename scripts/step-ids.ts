/**
 * `npm run step-ids`: records every guide's current step ids in content/step-ids.json, the registry of
 * published ids the build checks (src/guides/step-ids.ts). Run it when you add a step, and commit the
 * file with the guide. It never forgets an id: one that left a guide needs an alias in its frontmatter.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasProblems, parseStepIdRegistry, recordStepIds, stepIdProblems } from '../src/guides/step-ids.ts';
import { findSteps } from '../src/guides/steps.ts';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..');
const file = join(root, 'content', 'step-ids.json');
let registry = parseStepIdRegistry(readFileSync(file, 'utf8'));
const problems: string[] = [];
for (const group of readdirSync(join(root, 'content', 'guides')).sort()) {
  for (const name of readdirSync(join(root, 'content', 'guides', group)).filter((entry) => entry.endsWith('.mdx')).sort()) {
    const guide = `${group}/${name.slice(0, -'.mdx'.length)}`;
    const source = readFileSync(join(root, 'content', 'guides', group, name), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
    const body = frontmatter ? source.slice(frontmatter[0].length) : source;
    const steps = findSteps(body);
    const start = source.slice(0, source.length - body.length).split('\n').length;
    const own = stepIdProblems(steps, start).map((problem) => `content/guides/${guide}.mdx:${problem.line}: ${problem.message}`);
    const data = (load(frontmatter?.[1] ?? '') ?? {}) as { stepAliases?: Record<string, string> };
    const ids = steps.map((step) => step.id ?? '');
    const gone = own.length > 0 ? [] : aliasProblems(ids, data.stepAliases ?? {}, registry[guide] ?? []).map((problem) => `content/guides/${guide}.mdx: ${problem}`);
    problems.push(...own, ...gone);
    if (own.length === 0 && gone.length === 0 && ids.length > 0) registry = recordStepIds(registry, guide, ids);
  }
}
writeFileSync(file, `${JSON.stringify(registry, null, 2)}\n`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else console.log(`content/step-ids.json: ${Object.values(registry).reduce((sum, ids) => sum + ids.length, 0)} step ids of ${Object.keys(registry).length} guides.`);
