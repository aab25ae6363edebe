import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleValues } from '../../src/parameters/registry';
import { scriptBytes } from '../../src/procedure/script';
import { GUIDES, guideScript } from '../support/guide-scripts';
import { axeViolations } from './support/axe';
import { keepScreenshot } from './support/artefacts';
import { browserSession, formReady, grantClipboard } from './support/session';

/**
 * Shell tabs (components/ShellTabs.astro): the reader's choice travels in the link, is kept across guides and in
 * this browser, and decides what Copy, Download script and print give; without JavaScript both ways show.
 */
const session = browserSession();
const ROUTER = '/guides/ipv6-routed-lan/windows-ipv6-router/';
/** Another guide with tabs (registry values, no parameters). */
const VERIFY = '/guides/ipv6-routed-lan/verify-and-publish/';
const router = GUIDES.find((guide) => guide.slug === 'windows-ipv6-router')!;

/** Each group's selected tab and which panels show, in one round trip. */
function tabState(page: Page): Promise<{ selected: string[]; shown: string[]; focusable: string[] }> {
  return page.evaluate(() => {
    const groups = [...document.querySelectorAll('shell-tabs')];
    return {
      selected: groups.map((group) => group.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? 'none'),
      shown: groups.map((group) =>
        [...group.querySelectorAll<HTMLElement>('[role="tabpanel"]')]
          .filter((panel) => panel.checkVisibility())
          .map((panel) => panel.dataset['shell'])
          .join(','),
      ),
      focusable: groups.map((group) => [...group.querySelectorAll<HTMLElement>('[role="tab"]')].filter((tab) => tab.tabIndex === 0).map((tab) => tab.textContent).join(',')),
    };
  });
}

const everyGroup = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

/** Clicks a Copy button and gives what reached the clipboard (a sentinel first: waits on the clipboard, not on time). */
async function copied(page: Page, panel: ReturnType<Page['locator']>): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText('sentinel'));
  await panel.getByRole('button', { name: 'Copy' }).click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text !== 'sentinel'));
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('shell tabs', () => {
  it('a link carries PowerShell into a fresh browser; the choice is kept on the next guide and followed by Copy, Download and print', async () => {
    const context = await session.newContext({ acceptDownloads: true });
    await grantClipboard(context, session.baseURL);
    const page = await context.newPage();
    await page.goto(`${session.baseURL}${ROUTER}?shell=powershell`);
    await formReady(page);
    const groups = await page.locator('shell-tabs').count();
    expect(groups).toBe(9);
    expect(await tabState(page)).toEqual({
      selected: everyGroup(groups, 'PowerShell'),
      shown: everyGroup(groups, 'powershell'),
      focusable: everyGroup(groups, 'PowerShell'),
    });
    // The tablist follows the WAI-ARIA tabs pattern.
    const first = page.locator('shell-tabs').first();
    expect(await first.getByRole('tablist', { name: 'Shell' }).count()).toBe(1);
    const panel = first.getByRole('tabpanel', { name: 'PowerShell' });
    expect(await panel.getAttribute('aria-labelledby')).toBe(await first.getByRole('tab', { name: 'PowerShell' }).getAttribute('id'));
    expect(await panel.textContent()).toContain('Applies to Windows Server 2012 R2 or later');

    // Copy gives the PowerShell way of step 1, as shown.
    expect(await copied(page, panel)).toBe("Set-NetRoute -DestinationPrefix '::/0' -InterfaceAlias 'IP6Tunnel' -AddressFamily IPv6 -Publish Yes");

    // Download script gives the PowerShell runbook of the MDX, byte for byte.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download script' }).click()]);
    const expected = guideScript(router, exampleValues(), 'powershell');
    if (!expected || expected === 'refused' || !expected.ok) throw new Error(`no PowerShell runbook: ${JSON.stringify(expected)}`);
    expect(file.suggestedFilename()).toBe('windows-ipv6-router.ps1');
    const bytes = readFileSync((await file.path()) ?? '');
    expect(bytes.equals(Buffer.from(scriptBytes(expected.script))), 'the PowerShell runbook of the MDX').toBe(true);
    const text = bytes.toString('utf8');
    expect(text).toContain("Set-NetIPInterface -InterfaceAlias 'IP6Tunnel' -AddressFamily IPv6 -Forwarding Enabled\r\n");
    expect(text).not.toContain('netsh interface ipv6 set route');
    // Step 2 has no PowerShell tab: its netsh line is in the runbook whichever tab is chosen.
    expect(text).toContain('cmd.exe /d /v:off /c --% netsh interface ipv6 add address interface="Local Area Connection" address=2001:db8:1f0b:65b::1\r\n');

    // For the report, not the repository: step 1 with its tabs.
    await first.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'shell-tabs.png');

    // Print: the chosen way only, under its heading; no tablist.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const group = document.querySelector('shell-tabs')!;
      const visible = (selector: string): string[] => [...group.querySelectorAll<HTMLElement>(selector)].filter((element) => element.checkVisibility()).map((element) => element.textContent ?? '');
      return { headings: visible('.shell-heading'), tablists: visible('[role="tablist"]').length };
    });
    expect(printed).toEqual({ headings: ['PowerShell'], tablists: 0 });
    await page.emulateMedia({ media: 'screen' });

    // The next guide, opened without the link's query, shows PowerShell too (remembered in this browser).
    await page.goto(`${session.baseURL}${VERIFY}`);
    const verifyGroups = await page.locator('shell-tabs').count();
    expect(verifyGroups).toBeGreaterThanOrEqual(3);
    expect((await tabState(page)).selected).toEqual(everyGroup(verifyGroups, 'PowerShell'));
    const registryBlock = page.getByRole('tabpanel', { name: 'PowerShell' }).filter({ hasText: 'Set-ItemProperty' });
    expect(await copied(page, registryBlock)).toBe("Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters' -Name DisabledComponents -Type DWord -Value 32");
  });

  it('arrow keys move and choose in every group at once; the link and the form\'s Copy link carry the choice', async () => {
    const page = await session.openGuide(ROUTER);
    const groups = await page.locator('shell-tabs').count();
    expect((await tabState(page)).selected).toEqual(everyGroup(groups, 'Command Prompt'));
    expect(new URL(page.url()).search).toBe('');
    const tab = page.locator('shell-tabs').nth(2).getByRole('tab', { name: 'Command Prompt' });
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('PowerShell');
    expect(await tabState(page)).toEqual({ selected: everyGroup(groups, 'PowerShell'), shown: everyGroup(groups, 'powershell'), focusable: everyGroup(groups, 'PowerShell') });
    expect(new URL(page.url()).searchParams.get('shell')).toBe('powershell');
    expect(await page.evaluate(() => localStorage.getItem('guide-shell'))).toBe('powershell');
    // Wraps around; Home and End go to the ends.
    await page.keyboard.press('ArrowRight');
    expect((await tabState(page)).selected).toEqual(everyGroup(groups, 'Command Prompt'));
    await page.keyboard.press('End');
    expect((await tabState(page)).selected[0]).toBe('PowerShell');
    await page.keyboard.press('Home');
    expect((await tabState(page)).selected[0]).toBe('Command Prompt');
    await page.keyboard.press('ArrowLeft');
    expect((await tabState(page)).selected[0]).toBe('PowerShell');
    // Typing a value keeps the choice in the address; Copy link hands it on with the value.
    await page.locator('#param-lanInterface').fill('LAN 2');
    expect(new URL(page.url()).search).toBe('?lanInterface=LAN%202&shell=powershell');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('guide-parameters [role="status"]').filter({ hasText: 'Link copied' }).waitFor();
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).search).toBe('?lanInterface=LAN%202&shell=powershell');
    // Clicking chooses too; in PowerShell state the page has no axe violations.
    await page.locator('shell-tabs').first().getByRole('tab', { name: 'PowerShell' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without JavaScript both ways show, one after the other, each under its heading with what it applies to', async () => {
    const page = await session.open(`${ROUTER}?shell=powershell`, { javaScriptEnabled: false });
    const shown = await page.locator('shell-tabs').first().evaluate((group) => ({
      visible: [...group.querySelectorAll<HTMLElement>('.shell-panel, .shell-heading, .shell-applies, .shell-tablist')].filter((element) => element.checkVisibility()).map((element) => `${element.tagName} ${element.className}: ${element.className === 'shell-panel' ? (element.dataset['shell'] ?? '') : (element.textContent ?? '')}`),
      roles: group.querySelectorAll('[role]').length,
    }));
    expect(shown).toEqual({
      visible: [
        'SECTION shell-panel: cmd',
        'H3 shell-heading: Command Prompt',
        'P shell-applies: Applies to Windows Server 2008 R2 or later',
        'SECTION shell-panel: powershell',
        'H3 shell-heading: PowerShell',
        'P shell-applies: Applies to Windows Server 2012 R2 or later',
      ],
      roles: 0,
    });
  });
});
