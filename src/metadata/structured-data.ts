/**
 * JSON-LD for a guide page (schema.org): a TechArticle whose main entity is the HowTo of its Steps,
 * and the page's BreadcrumbList. Properties follow Google's structured-data guides for Article
 * (headline, image, dateModified, author), Breadcrumb (itemListElement of ListItem: position, name,
 * item) and HowTo (name, step of HowToStep: text).
 */
import type { GuideStep } from '../guides/steps';
import { canonicalUrl, SITE_NAME } from './link-preview';

export interface GuideStructuredDataInput {
  path: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD. */
  lastUpdated: string;
  /** The blog post the guide is adapted from, and when it was written (YYYY-MM), where known. */
  post: string;
  postPublished: string | undefined;
  /** Products and versions the procedure applies to. */
  appliesTo: readonly string[];
  topics: readonly string[];
  imagePath: string;
  /** Home, group, guide: the page's visible breadcrumb trail (the last one is the page itself). */
  trail: ReadonlyArray<{ label: string; href?: string | undefined }>;
  steps: readonly GuideStep[];
}

type JsonLd = { [key: string]: string | number | JsonLd | JsonLd[] | string[] };

export function guideStructuredData(input: GuideStructuredDataInput, site: URL | string): JsonLd {
  const url = canonicalUrl(input.path, site);
  const organization: JsonLd = { '@type': 'Organization', name: SITE_NAME, url: canonicalUrl('/', site) };
  const article: JsonLd = {
    '@type': 'TechArticle',
    '@id': `${url}#article`,
    headline: input.title,
    description: input.summary,
    url,
    mainEntityOfPage: url,
    image: canonicalUrl(input.imagePath, site),
    // The guide records when it was last updated, not when this site first published it: no datePublished.
    dateModified: input.lastUpdated,
    author: organization,
    publisher: organization,
    inLanguage: 'en',
    about: [...new Set([...input.appliesTo, ...input.topics])].map((name) => ({ '@type': 'Thing', name })),
    isBasedOn: {
      '@type': 'BlogPosting',
      headline: input.post,
      ...(input.postPublished ? { datePublished: input.postPublished } : {}),
    },
  };
  if (input.steps.length > 0) {
    article['mainEntity'] = {
      '@type': 'HowTo',
      name: input.title,
      description: input.summary,
      step: input.steps.map((step, index) => ({
        '@type': 'HowToStep',
        position: index + 1,
        ...(step.name ? { name: step.name } : {}),
        text: step.text,
      })),
    };
  }
  const breadcrumb: JsonLd = {
    '@type': 'BreadcrumbList',
    itemListElement: input.trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      // The last crumb is this page.
      item: canonicalUrl(index === input.trail.length - 1 ? input.path : (crumb.href ?? input.path), site),
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [article, breadcrumb] };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so that no text
 * from a guide can close the script element.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
