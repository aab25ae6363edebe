import { describe, expect, it } from 'vitest';
import { excerptParts, findGuides, normaliseQuery, relaxedTerms, type ResultData, type SearchEngine } from '../../../src/search/query';

describe('normaliseQuery', () => {
  it('straightens quotes, drops surrounding quotes and a trailing period, folds spaces', () => {
    expect(normaliseQuery('  \u201CAccess is   denied.\u201D ')).toBe('Access is denied');
    expect(normaliseQuery('\u2018x\u2019 y.')).toBe('x\' y');
  });

  it('splits cmdlet names at their hyphen, which Pagefind handles badly', () => {
    expect(normaliseQuery('Set-ADSyncAADPasswordResetConfiguration -Enable')).toBe('Set ADSyncAADPasswordResetConfiguration -Enable');
  });
});

describe('relaxedTerms', () => {
  it("leaves out the reader's own names and filler words, longest first", () => {
    expect(relaxedTerms('cannot find the specified active directory object winnt://SRV01/Administrator,user')).toEqual([
      'specified',
      'directory',
      'cannot',
      'active',
      'object',
      'find',
    ]);
    expect(relaxedTerms('logon failed on mail.corp.contoso.com from 10.1.2.3')).toEqual(['failed', 'logon']);
  });
});

function fakeEngine(pages: Record<string, string>): SearchEngine & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(query) {
      queries.push(query);
      const words = query.toLowerCase().split(' ');
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((word) => text.toLowerCase().includes(word)))
        .map(([url, text]) => ({
          id: url,
          score: 1,
          data: async (): Promise<ResultData> => ({ url, meta: { title: url }, excerpt: text, sub_results: [] }),
        }));
      return { results };
    },
  };
}

describe('findGuides', () => {
  const pages = {
    '/sbs/': 'A specified logon session does not exist. It may already have been terminated.',
    '/ebs/': 'cannot find the specified active directory object',
  };

  it('uses the exact search when it finds something', async () => {
    const engine = fakeEngine(pages);
    const { hits, relaxed } = await findGuides(engine, 'logon session');
    expect(hits.map((hit) => hit.url)).toEqual(['/sbs/']);
    expect(relaxed).toBe(false);
    expect(engine.queries).toEqual(['logon session']);
  });

  it('falls back to the distinctive words when a word of the paste is not on any page', async () => {
    const { hits, relaxed } = await findGuides(fakeEngine(pages), 'A specified logon session does not exist on SRV01.corp.contoso.com.');
    expect(relaxed).toBe(true);
    expect(hits[0]?.url).toBe('/sbs/');
  });

  it('ranks by how many words match', async () => {
    const { hits } = await findGuides(fakeEngine(pages), 'cannot locate the specified active directory object');
    expect(hits.map((hit) => hit.url)).toEqual(['/ebs/', '/sbs/']);
  });

  it('finds nothing for an empty query without searching', async () => {
    const engine = fakeEngine(pages);
    expect(await findGuides(engine, ' " ')).toEqual({ hits: [], relaxed: false });
    expect(engine.queries).toEqual([]);
  });
});

describe('excerptParts', () => {
  it('keeps only text and marks, decoding entities, so no markup is ever built from it', () => {
    expect(excerptParts('a <mark>dsacls</mark> &lt;img src=x onerror=alert(1)&gt; <b>b</b> &amp; c')).toEqual([
      { text: 'a ', mark: false },
      { text: 'dsacls', mark: true },
      { text: ' <img src=x onerror=alert(1)> b & c', mark: false },
    ]);
  });

  it('marks the matched word, not the punctuation Pagefind keeps with it', () => {
    expect(excerptParts('(HRESULT: <mark>0x80070520).</mark> Then <mark>"dsacls"</mark>')).toEqual([
      { text: '(HRESULT: ', mark: false },
      { text: '0x80070520', mark: true },
      { text: ').', mark: false },
      { text: ' Then ', mark: false },
      { text: '"', mark: false },
      { text: 'dsacls', mark: true },
      { text: '"', mark: false },
    ]);
  });
});
