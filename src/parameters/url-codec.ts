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

/** The shell tab choice that travels in the link with the values (src/procedure/shell-choice.ts has the rest of it). */

/** The tabs a step can have, in the order they show; the first is the default. */
export const SHELLS = ['cmd', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

export const DEFAULT_SHELL: Shell = 'cmd';

/** The query string key that carries the choice. */
export const SHELL_PARAM = 'shell';

/** Whether an untrusted value (link, storage, attribute) names a tab. */
export const isShell = (value: unknown): value is Shell => typeof value === 'string' && (SHELLS as readonly string[]).includes(value);

/** The tab that shows: the choice when there is one, else the first tab. */
export const shownShell = (choice: unknown): Shell => (isShell(choice) ? choice : DEFAULT_SHELL);

/** The event the shell tabs send on <document> when the reader chooses another shell (components/shell-tabs/tabs.ts). */
export const SHELL_CHANGE = 'shell-choice';

/**
 * A site-relative link (`/guides/x/?a=1#steps`) with the choice in its query string: any `shell=` pair is
 * replaced (or dropped when there is no valid choice: `choice` is untrusted, a page attribute), the other pairs are kept as they are, in their order.
 */
export function withShell(href: string, choice: unknown): string {
  const shell = isShell(choice) ? choice : undefined;
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const pairs = (queryAt < 0 ? '' : beforeHash.slice(queryAt + 1)).split('&').filter((pair) => pair !== '' && pair.split('=')[0] !== SHELL_PARAM);
  if (shell) pairs.push(`${SHELL_PARAM}=${shell}`);
  return `${path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}${hash}`;
}
