import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServiceWorker } from '../../src/offline/service-worker-integration';

/** The service worker step on a small built site: a precache over its limit stops the build, saying so. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function builtSite(scriptBytes: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'guides-sw-'));
  dirs.push(dir);
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'offline'));
  mkdirSync(join(dir, 'guides', 'g', 'a'), { recursive: true });
  scriptBytes.forEach((bytes, index) => writeFileSync(join(dir, '_astro', `chunk${index}.abc123.js`), randomBytes(bytes).toString('hex').slice(0, bytes)));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'offline', 'index.html'), '<!doctype html><title>You are offline</title>');
  writeFileSync(join(dir, 'guides', 'g', 'a', 'index.html'), '<!doctype html><title>A guide</title>');
  return dir;
}

describe('the service worker build step', () => {
  it('precaches the shell and the offline page, not the guides', async () => {
    const dir = builtSite([2000]);
    expect(await buildServiceWorker(dir)).toEqual({ count: 3, size: 2000 + 42 + 44 });
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain('"_astro/chunk0.abc123.js"');
    expect(worker).toContain('"offline/index.html"');
    expect(worker).not.toContain('guides/g/a');
  });

  it('fails when the precache grows over 150 KB, with its size and where the limit is', async () => {
    await expect(buildServiceWorker(builtSite([60_000, 60_000, 40_000]))).rejects.toThrow(
      /would precache 5 files of 160086 bytes, over the 153600-byte limit \(src\/offline\/service-worker-config\.ts\)/,
    );
  });
});
