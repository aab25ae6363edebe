import { splitTokens, type ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { renderCode, type RenderedPlaceholder } from '../parameters/placeholders';
import { exampleValues } from '../parameters/registry';

/**
 * Shows each `<<parameter>>` placeholder as its example value, quoted for where it sits, in a
 * span of its own that keeps the token's colours and tells the browser which parameter and
 * which quoting context it holds (`data-param`, `data-context`).
 */
export function transformerPlaceholders(): ShikiTransformer {
  const placed = new WeakMap<object, RenderedPlaceholder[]>();
  const examples = exampleValues();
  return {
    name: 'guides:placeholders',
    preprocess(code, options) {
      if (!code.includes('<<')) return undefined;
      const rendered = renderCode(options.lang ?? 'text', code, examples);
      if (rendered.placeholders.length === 0) return undefined;
      placed.set(this.meta, rendered.placeholders);
      return rendered.code;
    },
    tokens(lines) {
      const placeholders = placed.get(this.meta);
      if (!placeholders) return undefined;
      return splitTokens(lines, placeholders.flatMap((placeholder) => [placeholder.start, placeholder.end]));
    },
    span(hast, _line, _col, _lineElement, token) {
      const placeholders = placed.get(this.meta);
      if (!placeholders) return;
      const index = placeholders.findIndex((p) => token.offset >= p.start && token.offset < p.end);
      const placeholder = placeholders[index];
      if (!placeholder) return;
      hast.properties['className'] = ['param'];
      hast.properties['dataParam'] = placeholder.name;
      hast.properties['dataContext'] = placeholder.context;
      hast.properties['dataIndex'] = String(index);
    },
    code(code) {
      if (placed.has(this.meta)) mergeSplitValues(code);
    },
  };
}

/** A value the grammar cut into several tokens becomes one span (the first piece's colours), so the browser replaces one text node. */
function mergeSplitValues(code: Element): void {
  for (const line of code.children) {
    if (line.type !== 'element') continue;
    const merged: ElementContent[] = [];
    for (const child of line.children) {
      const previous = merged[merged.length - 1];
      if (
        child.type === 'element' &&
        previous?.type === 'element' &&
        child.properties['dataIndex'] !== undefined &&
        child.properties['dataIndex'] === previous.properties['dataIndex']
      ) {
        previous.children = [{ type: 'text', value: textOf(previous) + textOf(child) }];
        continue;
      }
      merged.push(child);
    }
    line.children = merged;
  }
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
