import type { GuideFrontmatter } from '../guides/schema';
import { PARAMETER_TEXT } from '../parameters/descriptions';
import { getParameter, type ParameterName } from '../parameters/registry';
import { parametersOfGuide } from '../procedure/guide-parameters';
import type { TwinGuide } from './twin';

/**
 * What a guide's twin needs from its entry (build time): its frontmatter, its body, and each placeholder its
 * code uses, as the page's form lists them (inputs, then derived values), with its label and example.
 */
export function twinInput(guide: { body: string; data: GuideFrontmatter }, pageUrl: string, site: string): TwinGuide {
  const used = parametersOfGuide(guide.body, 1);
  const placeholders = [...used.inputs, ...used.derived].flatMap((name) => {
    const parameter = getParameter(name);
    return parameter ? [{ name, label: PARAMETER_TEXT[name as ParameterName].label, example: parameter.example }] : [];
  });
  return {
    title: guide.data.title,
    summary: guide.data.summary,
    pageUrl,
    site,
    appliesTo: guide.data.appliesTo,
    body: guide.body,
    placeholders,
    post: guide.data.post,
    sources: guide.data.sources,
  };
}

/** Where a guide's twin is, next to its page (the llms.txt proposal: a page address without a file name gets index.html.md). */
export const twinPath = (guideId: string): string => `/guides/${guideId}/index.html.md`;
