import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleValues } from '../../src/parameters/registry';
import { scriptBytes } from '../../src/procedure/script';
import { GUIDES_WITH_FORM, guideScript } from '../support/guide-scripts';
import { browserSession, formReady } from './support/session';

/**
 * "Download script" in Chromium: the bytes of the file as saved, for every guide with a form, against the runbook
 * made from the guide's MDX by the pure modules (an oracle independent of what the build wrote into the page).
 */
const session = browserSession();

async function open(path: string): Promise<Page> {
  const page = await session.open(path, { acceptDownloads: true });
  await formReady(page);
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
  it.each(GUIDES_WITH_FORM.map((guide) => [guide.file, guide] as const))('%s gives, byte for byte, the runbook of its MDX with the values shown', async (_file, guide) => {
    const expected = guideScript(guide, exampleValues());
    if (!expected || expected === 'refused' || !expected.ok) throw new Error(`${guide.file}: no runbook from the MDX: ${JSON.stringify(expected)}`);
    const page = await open(pathOf(guide.file));
    const { filename, bytes, status } = await download(page);
    expect(status).toBe(`Downloaded ${filename}.`);
    expect(filename).toBe(expected.script.filename);
    expect(bytes.equals(Buffer.from(scriptBytes(expected.script))), `${guide.file}: the downloaded bytes are the runbook of the MDX`).toBe(true);
    if (filename.endsWith('.ps1')) {
      // UTF-8 with a byte order mark: what Windows PowerShell 5.1 needs to read it as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    } else {
      expect([...bytes].every((byte) => byte < 0x80)).toBe(true);
      expect(bytes.toString('ascii').startsWith('@echo off\r\n')).toBe(true);
    }
  });

  it('the guides of Command Prompt lines give a .cmd with ASCII values, the others a .ps1', () => {
    const kinds = Object.fromEntries(GUIDES_WITH_FORM.map((guide) => {
      const result = guideScript(guide, exampleValues());
      return [guide.slug, result && result !== 'refused' && result.ok ? result.script.filename.replace(/^.*\./, '') : 'none'];
    }));
    expect(Object.values(kinds).filter((kind) => kind === 'cmd').length).toBeGreaterThan(0);
    expect(kinds['windows-ipv6-router']).toBe('cmd');
    expect(kinds['exchange-hybrid-writeback']).toBe('ps1');
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
