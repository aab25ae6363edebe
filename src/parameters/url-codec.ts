/**
 * The query string codec of a page's values, given the page's own inputs: no registry, so that the
 * browser's form loads only its page's parameters (src/parameters/url.ts binds it to the registry).
 */

/** An input parameter as the link sees it: its name and the example it leaves out. */
export interface LinkInput {
  name: string;
  example: string;
}

const MAX_VALUE_LENGTH = 1000;

/** The query string for the values that differ from the examples, in the order of `inputs` (`?accountName=CONTOSO%5CAAD_7f3a2b1c`), or "". */
export function encodeValuesOf(values: Readonly<Record<string, string>>, inputs: readonly LinkInput[]): string {
  const pairs: string[] = [];
  for (const parameter of inputs) {
    const value = values[parameter.name];
    if (value === undefined || value === parameter.example) continue;
    // encodeURIComponent throws on a lone surrogate (a value the validators refuse anyway): the link carries U+FFFD instead.
    pairs.push(`${parameter.name}=${encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))}`);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * Reads values from a query string. Untrusted input: only the named input parameters, the first of
 * duplicate keys, bounded lengths; malformed encodings are skipped, never thrown.
 */
export function decodeValuesOf(search: string, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const name = pair.slice(0, equals);
    if (!names.includes(name) || Object.hasOwn(values, name)) continue;
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(equals + 1).replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (value.length <= MAX_VALUE_LENGTH) values[name] = value;
  }
  return values;
}
