import { describe, expect, it } from 'vitest';
import { leanPreloadCode } from '../../../src/bundle/lean-preload';

interface FakeLink {
  rel: string;
  href: string;
}

/** Loads the helper as the browser would (an ES module) against a document that records what it appends. */
async function loadHelper(base: string): Promise<{ preload: (load: () => Promise<string>, deps?: string[]) => Promise<string>; links: FakeLink[] }> {
  const links: FakeLink[] = [];
  Object.assign(globalThis, {
    document: { createElement: (): FakeLink => ({ rel: '', href: '' }), head: { append: (link: FakeLink) => links.push(link) } },
  });
  const module = (await import(`data:text/javascript,${encodeURIComponent(leanPreloadCode(base))}`)) as {
    __vitePreload: (load: () => Promise<string>, deps?: string[]) => Promise<string>;
  };
  return { preload: module.__vitePreload, links };
}

describe('the lean preload helper', () => {
  it('fetches a lazy module and its imports in parallel, each once, from the site base', async () => {
    const { preload, links } = await loadHelper('/');
    await expect(preload(() => Promise.resolve('controller'), ['_astro/controller.js', '_astro/characters.js'])).resolves.toBe('controller');
    await expect(preload(() => Promise.resolve('review'), ['_astro/review.js', '_astro/characters.js'])).resolves.toBe('review');
    expect(links).toEqual([
      { rel: 'modulepreload', href: '/_astro/controller.js' },
      { rel: 'modulepreload', href: '/_astro/characters.js' },
      { rel: 'modulepreload', href: '/_astro/review.js' },
    ]);
  });

  it('passes a failed import on to the caller, which tells the reader', async () => {
    const { preload } = await loadHelper('/docs/');
    await expect(preload(() => Promise.reject(new Error('offline')), undefined)).rejects.toThrow('offline');
  });
});
