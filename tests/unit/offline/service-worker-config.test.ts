import { describe, expect, it } from 'vitest';
import {
  isGuidePath,
  isPage,
  pathOnlyCacheKey,
  PRECACHE_LIMIT_BYTES,
  precacheTooLarge,
  SEARCH_INDEX_PATTERN,
} from '../../../src/offline/service-worker-config';

/** The function as Workbox puts it in sw.js: its text alone, with nothing from this module around it. */
function copiedIntoWorker<T>(fn: T): T {
  return new Function(`return (${String(fn)});`)() as T;
}

describe('the service worker rules', () => {
  it('keeps one page per address, without the reader values of its query string', async () => {
    const key = copiedIntoWorker(pathOnlyCacheKey);
    const request = new Request('https://guides.example.org/guides/ad/move-ou/?ou=OU%3DSales&server=DC01');
    expect(await key({ request })).toBe('https://guides.example.org/guides/ad/move-ou/');
    expect(await key({ request: new Request('https://guides.example.org/guides/ad/move-ou/') })).toBe('https://guides.example.org/guides/ad/move-ou/');
  });

  it('treats page loads and same-site page addresses as pages, and nothing else', () => {
    const page = copiedIntoWorker(isPage);
    const at = (href: string, sameOrigin = true) => ({ request: new Request(href), url: new URL(href), sameOrigin });
    expect(page({ ...at('https://guides.example.org/guides/ad/move-ou/?ou=Sales'), request: { mode: 'navigate' } as Request })).toBe(true);
    expect(page(at('https://guides.example.org/guides/ad/move-ou/'))).toBe(true);
    expect(page(at('https://guides.example.org/pagefind/pagefind.js'))).toBe(false);
    expect(page(at('https://guides.example.org/_astro/controller.B13awqRl.js'))).toBe(false);
    expect(page(at('https://elsewhere.example.com/', false))).toBe(false);
  });

  it('recognizes the search index files and the guide pages', () => {
    expect(SEARCH_INDEX_PATTERN.test('https://guides.example.org/pagefind/fragment/en_1a2b.pf_fragment')).toBe(true);
    expect(SEARCH_INDEX_PATTERN.test('https://guides.example.org/guides/windows-server/pagefind-notes/')).toBe(false);
    expect(isGuidePath('/guides/windows-server/usb-dos-boot/')).toBe(true);
    expect(isGuidePath('/guides/windows-server/')).toBe(false);
    expect(isGuidePath('/offline/')).toBe(false);
  });

  it('refuses a precache over its limit, saying how large it is and where the limit is set', () => {
    expect(precacheTooLarge(PRECACHE_LIMIT_BYTES, 12)).toBeUndefined();
    const message = precacheTooLarge(PRECACHE_LIMIT_BYTES + 1, 13);
    expect(message).toContain(`13 files of ${PRECACHE_LIMIT_BYTES + 1} bytes`);
    expect(message).toContain(`${PRECACHE_LIMIT_BYTES}-byte limit`);
    expect(message).toContain('src/offline/service-worker-config.ts');
  });
});
