import { POWERSHELL_VERBS } from './data/powershell-verbs';
import { errorNumber, errorNumberForms } from './error-numbers';
import { findSynonyms, words } from './synonyms';

// Reading a query as an admin types it: which ideas it holds, and what to ask Pagefind.

const VERB = new RegExp(`^(?:${POWERSHELL_VERBS.join('|')})-[A-Za-z]`, 'i');

/**
 * Tidies a pasted query: straight quotes, no surrounding quotes or trailing period, single spaces,
 * and the hyphen of Verb-Noun cmdlet names as a space (Pagefind ranks `Get-ADSyncConnector` by its
 * parts, badly, but finds `Get ADSyncConnector` well); other hyphenated words (`cloud-only`) stay whole.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[.:;,!?]+$/, '')
    .trim()
    .split(' ')
    .map((token) => (VERB.test(token) ? token.replace('-', ' ') : token))
    .join(' ');
}

/** Words of a pasted error message that are the reader's own (servers, domains, paths, addresses) rather than the message's. */
function isReadersOwn(term: string): boolean {
  return (
    /:\/\//.test(term) || // winnt://SERVER/user, https://...
    /^\\\\/.test(term) || // UNC paths
    /^[A-Za-z]:\\/.test(term) || // drive paths
    /^\d{1,3}(\.\d{1,3}){3}$/.test(term) || // IPv4
    /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(term) || // GUIDs
    /^[\w-]+(\.[\w-]+){2,}$/.test(term) // host.domain.tld
  );
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'how', 'i', 'in', 'is', 'it', 'its', 'my', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'with', 'not', 'may', 'does', 'did', 'do', 'can', 'what', 'which', 'where', 'when', 'why', 'will', 'after', 'before', 'into', 'me', 'no', 'so', 'then', 'there', 'it', 'been', 'but', 'get', 'we', 'our', 'you', 'your', 'all', 'any', 'up', 'out']);

/** Words of almost every guide or complaint, not distinctive (`sql server backup failed` is about SQL). */
const GENERIC_WORDS = new Set(['server', 'servers', 'windows', 'microsoft', 'error', 'fail', 'fails', 'failed', 'failure', 'problem', 'issue', 'fix', 'help', 'working', 'keeps', 'service', 'services', 'start', 'starts', 'started', 'time', 'machine', 'computer']);

/**
 * netsh takes any unambiguous beginning of a context or command (`netsh int ipv6 sh addr`): the
 * abbreviations admins type and guides write, with the full word. Either form satisfies the other.
 */
const NETSH_ABBREVIATIONS: Record<string, string> = {
  int: 'interface',
  sh: 'show',
  addr: 'address',
  del: 'delete',
};
const NETSH_FULL = new Map(Object.entries(NETSH_ABBREVIATIONS).map(([short, full]) => [full, short]));

/** One idea of the query, satisfied on a page by any of its forms (a form: words that must all be there). */
export interface Concept {
  typed: string;
  forms: string[][];
}

/** What to ask Pagefind, and the ideas a page must hold to count as a match. */
export interface QueryPlan {
  search: string;
  concepts: Concept[];
}

/**
 * Reads a query as an admin types it: the reader's own names left out; terminal fragments split
 * where `;`, `:`, `/`, `=` or `,` join them (`WP;proxyAddresses;user`, `-section:system.webServer/...`),
 * parts of one letter dropped (`/I:S` is not the word "is"); netsh abbreviations spelled out; acronyms
 * and jargon recognised from the synonyms list.
 */
export function planQuery(raw: string): QueryPlan {
  const tokens = normaliseQuery(raw)
    .split(' ')
    .filter((token) => token !== '' && !isReadersOwn(token));
  const netsh = tokens.some((token) => token.toLowerCase() === 'netsh');
  // Another form a word may take on the page (netsh abbreviations, both ways).
  const alternatives = new Map<string, string>();
  const parts = tokens
    .flatMap((token) => token.split(/[;:/=,|\\()[\]{}<>"'`]+/))
    .map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((part) => (part.match(/[\p{L}\p{N}]/gu) ?? []).length > 1)
    .map((part) => {
      const lower = part.toLowerCase();
      const full = netsh ? NETSH_ABBREVIATIONS[lower] : undefined;
      const short = netsh ? NETSH_FULL.get(lower) : undefined;
      if (full) alternatives.set(lower, full);
      if (short) alternatives.set(short, lower);
      // Pagefind matches the beginnings of words: the abbreviation finds pages with either form.
      return short ?? part;
    });
  const located = parts.flatMap((part, index) =>
    words(part).map((word) => ({ word, part: index, compound: /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(part), constant: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(part) })),
  );
  const queryWords = located.map((entry) => entry.word);
  const concepts: Concept[] = [];
  const synonyms = findSynonyms(queryWords);
  for (let i = 0; i < queryWords.length; ) {
    const synonym = synonyms.find((match) => match.start === i);
    if (synonym) {
      concepts.push({ typed: queryWords.slice(i, i + synonym.length).join(' '), forms: synonym.forms });
      i += synonym.length;
      continue;
    }
    const here = located[i];
    if (here?.constant) {
      // A constant (ERROR_DS_INSUFF_ACCESS_RIGHTS) is one word: a page holds it whole, or not at all.
      const partWords = located.filter((entry, k) => k >= i && entry.part === here.part).map((entry) => entry.word);
      concepts.push({ typed: partWords.join('_'), forms: [[partWords.join('')]] });
      i += partWords.length;
      continue;
    }
    if (here?.compound) {
      // A hyphenated word (cloud-only) is one word to the reader: whole (as Pagefind joins it) or as its parts.
      const partWords = located.filter((entry, k) => k >= i && entry.part === here.part).map((entry) => entry.word);
      concepts.push({ typed: partWords.join('-'), forms: [[partWords.join('')], partWords] });
      i += partWords.length;
      continue;
    }
    const word = here?.word ?? '';
    const other = alternatives.get(word);
    // An error number is the same error in any base: 8344, 0x2098, 0x80072098, -2147016552.
    const code = errorNumber(word);
    if (code !== undefined) concepts.push({ typed: word, forms: [[word], ...errorNumberForms(code).filter(([form]) => form !== word)] });
    else if (!STOP_WORDS.has(word)) concepts.push({ typed: word, forms: other ? [[word], [other]] : [[word]] });
    i += 1;
  }
  const unique = [...new Map(concepts.map((concept) => [concept.typed, concept])).values()];
  // Words on nearly every guide do not say which guide: they count only when nothing else is typed.
  const distinctive = unique.filter((concept) => !GENERIC_WORDS.has(concept.typed));
  if (distinctive.length > 0) return { search: parts.join(' '), concepts: distinctive };
  return { search: parts.join(' '), concepts: unique };
}
