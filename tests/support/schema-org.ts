/**
 * A small checker for the schema.org JSON-LD of our pages: each node's properties must be properties of
 * its type on schema.org (so a typo or a property of another type is caught), and the properties that
 * Google's structured-data guides require or recommend must be there with the right shape:
 * - Article (TechArticle): headline (at most 110 characters), image, dateModified, author (with a name);
 * - HowTo: name, step; HowToStep: text;
 * - BreadcrumbList: itemListElement of ListItem with position (1, 2, ...), name and item (a URL).
 */

type Node = Record<string, unknown>;

/** schema.org properties, by type, of the types we use (inherited ones included). */
const THING = ['@type', '@id', 'name', 'description', 'url', 'image', 'mainEntityOfPage', 'identifier', 'sameAs', 'alternateName'];
const CREATIVE_WORK = [...THING, 'headline', 'author', 'publisher', 'dateModified', 'datePublished', 'inLanguage', 'about', 'isBasedOn', 'mainEntity', 'keywords', 'position'];
const PROPERTIES: Record<string, string[]> = {
  TechArticle: [...CREATIVE_WORK, 'articleSection', 'articleBody', 'wordCount', 'dependencies', 'proficiencyLevel'],
  BlogPosting: [...CREATIVE_WORK, 'articleSection'],
  HowTo: [...CREATIVE_WORK, 'step', 'totalTime', 'tool', 'supply', 'yield', 'estimatedCost'],
  // HowToStep is a ListItem, an ItemList and a CreativeWork.
  HowToStep: [...CREATIVE_WORK, 'text', 'item', 'itemListElement', 'nextItem', 'previousItem'],
  BreadcrumbList: [...THING, 'itemListElement', 'numberOfItems', 'itemListOrder'],
  ListItem: [...THING, 'item', 'position', 'nextItem', 'previousItem'],
  Organization: [...THING, 'logo'],
  Thing: THING,
};

const ISO_DATE = /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?$/;

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The problems of a JSON-LD document; none means it passes. */
export function schemaOrgProblems(document: unknown): string[] {
  const problems: string[] = [];
  const root = document as Node;
  if (root['@context'] !== 'https://schema.org') problems.push('@context must be https://schema.org');
  const nodes = Array.isArray(root['@graph']) ? (root['@graph'] as Node[]) : [root];
  const visit = (node: Node, where: string): void => {
    const type = node['@type'];
    if (typeof type !== 'string') {
      // A reference to a node described elsewhere.
      if (!(Object.keys(node).length === 1 && typeof node['@id'] === 'string')) problems.push(`${where}: a node without @type`);
      return;
    }
    const allowed = PROPERTIES[type];
    if (!allowed) return void problems.push(`${where}: type ${type} is not one this checker knows`);
    for (const key of Object.keys(node)) if (key !== '@context' && !allowed.includes(key)) problems.push(`${where}: ${key} is not a property of ${type}`);
    const need = (ok: boolean, what: string): void => void (ok || problems.push(`${where} (${type}): ${what}`));
    switch (type) {
      case 'TechArticle':
        need(nonEmpty(node['headline']) && String(node['headline']).length <= 110, 'headline of 1 to 110 characters');
        need(isUrl(node['image']), 'image URL');
        need(typeof node['dateModified'] === 'string' && ISO_DATE.test(node['dateModified']), 'dateModified in ISO 8601');
        need(nonEmpty((node['author'] as Node | undefined)?.['name']), 'author with a name');
        need(Array.isArray(node['about']) && (node['about'] as unknown[]).length > 0, 'about');
        break;
      case 'HowTo':
        need(nonEmpty(node['name']), 'name');
        need(Array.isArray(node['step']) && (node['step'] as unknown[]).length > 0, 'step: a list of HowToStep');
        break;
      case 'HowToStep':
        need(nonEmpty(node['text']), 'text');
        break;
      case 'BreadcrumbList': {
        const items = node['itemListElement'];
        need(Array.isArray(items) && items.length > 0, 'itemListElement');
        if (Array.isArray(items)) items.forEach((item: Node, index) => need(item['@type'] === 'ListItem' && item['position'] === index + 1, `item ${index + 1} is a ListItem at position ${index + 1}`));
        break;
      }
      case 'ListItem':
        need(nonEmpty(node['name']) && isUrl(node['item']) && Number.isInteger(node['position']), 'name, item URL and position');
        break;
      case 'BlogPosting':
        need(nonEmpty(node['headline']), 'headline');
        if (node['datePublished'] !== undefined) need(ISO_DATE.test(String(node['datePublished'])), 'datePublished in ISO 8601');
        break;
      case 'Organization':
      case 'Thing':
        need(nonEmpty(node['name']), 'name');
        break;
    }
    for (const [key, value] of Object.entries(node)) {
      for (const [index, child] of (Array.isArray(value) ? value : [value]).entries()) {
        if (child && typeof child === 'object') visit(child as Node, `${where}.${key}${Array.isArray(value) ? `[${index}]` : ''}`);
      }
    }
  };
  nodes.forEach((node, index) => visit(node, `@graph[${index}]`));
  return problems;
}
