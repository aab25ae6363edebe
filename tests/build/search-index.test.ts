import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/pagefind-integration';

/** The search index step of the build, on small built sites: it indexes every guide or stops the build saying which one is missing. */
const sites: string[] = [];

function site(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'guides-index-'));
  sites.push(dist);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return dist;
}

const guide = (title: string, body = `<p>How to fix ${title}.</p>`): string =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

afterAll(() => {
  for (const dist of sites) rmSync(dist, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('indexes the guide pages only, and ships no Pagefind UI bundle', async () => {
    const dist = site({
      'guides/windows-server/sysprep/index.html': guide('Sysprep access denied'),
      'guides/windows-server/usb-boot/index.html': guide('Boot from USB'),
      'guides/windows-server/index.html': guide('Windows Server group'),
      'index.html': guide('Home'),
    });
    expect(await buildSearchIndex(dist)).toBe(2);
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((file) => /-ui\.|highlight/.test(file))).toEqual([]);
    expect(readdirSync(join(dist, 'pagefind', 'fragment'))).toHaveLength(2);
  });

  it('stops at a guide that would be indexed with its navigation, naming the page', async () => {
    const dist = site({
      'guides/windows-server/sysprep/index.html': guide('Sysprep access denied'),
      'guides/windows-server/unmarked/index.html': '<!doctype html><html lang="en"><body><main><h1>Unmarked</h1><p>Text.</p></main></body></html>',
    });
    await expect(buildSearchIndex(dist)).rejects.toThrow('These guides would be indexed with their navigation (no data-pagefind-body): guides/windows-server/unmarked/index.html.');
  });

  it('stops when the build produced no guide', async () => {
    const dist = site({ 'guides/windows-server/index.html': guide('Windows Server group') });
    await expect(buildSearchIndex(dist)).rejects.toThrow('The search index would be empty');
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  });
});
