import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GUIDES_WITH_FORM } from '../support/guide-scripts';
import { browserSession } from './support/session';

/**
 * "Download script" in Chromium: the bytes of the file as saved, for every guide with a form (the
 * steps the build read from the MDX must fit the page's code blocks, or there is no download).
 */
const session = browserSession();

async function open(path: string): Promise<Page> {
  const page = await session.open(path, { acceptDownloads: true });
  await page.waitForSelector('guide-parameters.is-ready');
  await page.locator('guide-parameters input').first().focus();
  await page.waitForSelector('guide-parameters.is-enhanced');
  return page;
}

async function download(page: Page): Promise<{ filename: string; bytes: Buffer; status: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download script' }).click()]);
  const status = page.locator('guide-parameters [role="status"]');
  // The status says so once the file is handed over: wait on the DOM, however slow the machine.
  await status.filter({ hasText: 'Downloaded' }).waitFor();
  return { filename: file.suggestedFilename(), bytes: readFileSync((await file.path()) ?? ''), status: (await status.textContent()) ?? '' };
}

const pathOf = (file: string): string => `/guides/${file.replace(/\.mdx$/, '')}/`;

describe('Download script', () => {
  it.each(GUIDES_WITH_FORM.map((guide) => [guide.file, guide] as const))('%s gives a runbook whose steps fit the page', async (_file, guide) => {
    const page = await open(pathOf(guide.file));
    const { filename, bytes, status } = await download(page);
    expect(status).toBe(`Downloaded ${filename}.`);
    expect(filename).toMatch(new RegExp(`^${guide.slug}\\.(ps1|cmd)$`));
    const text = bytes.toString('utf8');
    if (filename.endsWith('.ps1')) {
      // UTF-8 with a byte order mark: what Windows PowerShell 5.1 needs to read it as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text).toContain('Read-StepAnswer');
    } else {
      expect([...bytes].every((byte) => byte < 0x80)).toBe(true);
      expect(text.startsWith('@echo off\r\n')).toBe(true);
    }
    expect(text).toMatch(/Step|Number = 1/);
  });

  it('saves a Cyrillic interface name as UTF-8 in a .ps1 with a BOM, the Command Prompt lines run through cmd.exe', async () => {
    const page = await open('/guides/ipv6-routed-lan/windows-ipv6-router/');
    await page.locator('#param-lanInterface').fill('\u041B\u043E\u043A\u0430\u043B\u044C\u043D\u0430\u044F \u0441\u0435\u0442\u044C');
    const { filename, bytes } = await download(page);
    expect(filename).toBe('windows-ipv6-router.ps1');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(
      'cmd.exe /d /v:off /c --% netsh interface ipv6 add address interface="\u041B\u043E\u043A\u0430\u043B\u044C\u043D\u0430\u044F \u0441\u0435\u0442\u044C" address=2001:db8:1f0b:65b::1\r\n',
    );
  });

  it('gives an ASCII .cmd for the same guide with ASCII values, each step by its own title', async () => {
    const page = await open('/guides/ipv6-routed-lan/windows-ipv6-router/');
    await page.locator('#param-lanInterface').fill('LAN 2');
    const { filename, bytes } = await download(page);
    expect(filename).toBe('windows-ipv6-router.cmd');
    const text = bytes.toString('ascii');
    expect(text).toContain('\r\necho(Step 2: Give the LAN card an address from the Routed /64\r\n');
    expect(text).toContain('\r\nnetsh interface ipv6 add address interface="LAN 2" address=2001:db8:1f0b:65b::1 >"%RUNBOOK_OUT%" 2>&1 || goto failed\r\n');
  });
});
