import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';
import { controlClock, stopTimers, untilText } from './support/waits';

const session = browserSession();
const { baseURL } = session;
const open = (path: string, options: BrowserContextOptions = {}): Promise<Page> => session.open(path, options);

describe('navigation', () => {
  it('goes from the home page into a guide, back by the breadcrumb, and on through the sidebar and prev/next', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: /Prepare Active Directory for group writeback/ }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Prepare Active Directory for group writeback');
    expect(await page.locator('#site-nav a[aria-current="page"]').textContent()).toContain('group writeback');

    await page.locator('nav[aria-label="Previous and next"] a[rel="next"]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Prepare Active Directory for password writeback');
    await page.locator('nav[aria-label="Previous and next"] a[rel="prev"]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Prepare Active Directory for group writeback');

    await page.locator('nav[aria-label="Breadcrumb"]').getByRole('link', { name: 'Azure AD Connect writeback' }).click();
    expect(new URL(page.url()).pathname).toBe('/guides/azure-ad-connect-writeback/');
    await expect(page.locator('main .card strong').allTextContents()).resolves.toHaveLength(7);

    // The sidebar lists the current group's guides and links every other group.
    expect(await page.locator('#site-nav').getByRole('link', { name: /Boot a server from a DOS USB key/ }).count()).toBe(0);
    await page.locator('#site-nav').getByRole('link', { name: 'Windows Server recovery and tips' }).click();
    await page.locator('#site-nav').getByRole('link', { name: /Boot a server from a DOS USB key/ }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Boot a server from a DOS USB key');
  });

  it('the table of contents links to the sections of the guide', async () => {
    const page = await open('/guides/ipv6-routed-lan/windows-ipv6-router/');
    const toc = page.locator('nav[aria-label="On this page"]');
    await expect(toc.getByRole('link').allTextContents()).resolves.toEqual(['Before you begin', 'Steps', 'Verify', 'Undo']);
    await toc.getByRole('link', { name: 'Steps' }).click();
    expect(new URL(page.url()).hash).toBe('#steps');
  });

  it('topic pages list their guides', async () => {
    const page = await open('/topics/ipv6/');
    await expect(page.locator('main .card strong').allTextContents()).resolves.toHaveLength(5);
  });

  it('the error messages page links each message to the place in its guide', async () => {
    const page = await open('/errors/');
    await page.locator('main').getByRole('link', { name: /Fix the SBS web site/ }).click();
    expect(new URL(page.url()).hash).toBe('#error-a-specified-logon-session-does-not-exist-it-may-already-have');
    await expect(page.locator(':target').textContent()).resolves.toContain('0x80070520');
  });
});

describe('theme', () => {
  it('follows the system, toggles, and is remembered across pages and reloads', async () => {
    const page = await open('/', { colorScheme: 'dark' });
    const theme = (): Promise<string | undefined> => page.evaluate(() => document.documentElement.dataset['theme']);
    const toggle = page.locator('button.theme-toggle');
    expect(await theme()).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await theme()).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.reload();
    expect(await theme()).toBe('light');
    await page.goto(`${baseURL}/errors/`);
    expect(await theme()).toBe('light');
  });

  it('colours code with the dark Shiki theme in dark mode', async () => {
    const page = await open('/guides/azure-ad-connect-writeback/group-writeback/', { colorScheme: 'dark' });
    const colour = await page.locator('pre.astro-code').first().evaluate((pre) => getComputedStyle(pre).backgroundColor);
    expect(colour).toBe('rgb(13, 17, 23)');
  });
});

describe('copy button', () => {
  it('copies exactly the code of its block', async () => {
    const page = await session.open('/guides/ipv6-routed-lan/hurricane-electric-tunnel/', {}, async (opened, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await controlClock(opened);
    });
    // The label goes back after 2 s: stopped timers keep it until the test has read it.
    await stopTimers(page);
    const block = page.locator('figure.code-block').first();
    await block.locator('button.copy-code').click();
    // The label changes once the clipboard write has finished.
    await untilText(block.locator('button.copy-code'), 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      [
        'netsh interface teredo set state disabled',
        'netsh interface ipv6 add v6v4tunnel IP6Tunnel 198.51.100.20 203.0.113.5',
        'netsh interface ipv6 add address IP6Tunnel 2001:db8:1f0a:65b::2',
        'netsh interface ipv6 add route ::/0 IP6Tunnel 2001:db8:1f0a:65b::1',
      ].join('\n'),
    );
  });
});

describe('copy button, when the browser refuses the clipboard', () => {
  it('says how to copy by hand', async () => {
    const page = await session.open('/guides/ipv6-routed-lan/hurricane-electric-tunnel/', {}, async (opened) => {
      // A browser or policy that refuses clipboard writes: writeText rejects, as the Clipboard API says it may.
      await opened.addInitScript(() => {
        const writes: string[] = [];
        Object.assign(window, { clipboardWrites: writes });
        navigator.clipboard.writeText = (text: string): Promise<void> => {
          writes.push(text);
          return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        };
      });
      await controlClock(opened);
    });
    await stopTimers(page);
    const button = page.locator('figure.code-block').first().locator('button.copy-code');
    await button.click();
    await untilText(button, 'Copy failed: select the code and press Ctrl+C');
    expect(await button.getAttribute('aria-live'), 'the words are read out').toBe('polite');
    expect(await page.evaluate(() => (window as unknown as { clipboardWrites: string[] }).clipboardWrites.length), 'the write was tried once').toBe(1);
  });
});

describe('where a block runs', () => {
  it('labels a block for the clients, and an undo block, on its frame, outside the code', async () => {
    const page = await session.open('/guides/ipv6-routed-lan/windows-ipv6-router/');
    // These steps have a Command Prompt and a PowerShell tab: the shown one (Command Prompt), and the other, are both labelled.
    const client = page.locator('figure.code-block:visible', { hasText: 'On each test client: address and default route' });
    expect(await client.locator('figcaption .code-run').textContent()).toBe('Run on each client');
    expect(await client.locator('pre code').textContent()).not.toContain('Run on');
    expect(await page.locator('figure.code-block', { hasText: 'On each test client: address and default route' }).locator('figcaption .code-run').allTextContents()).toEqual(['Run on each client', 'Run on each client']);
    expect(await page.locator('figure.code-block:visible', { hasText: 'Stop advertising (forwarding stays on)' }).locator('.code-run').textContent()).toBe('Undo');
    expect(await page.locator('figure.code-block:visible', { hasText: 'Stop routing' }).locator('.code-run').textContent()).toBe('Undo');
    expect(await page.locator('figure.code-block', { hasText: 'Publish the outbound route' }).locator('.code-run').count()).toBe(0);
  });
});

describe('narrow screens (360 px)', () => {
  it('fit without horizontal scrolling, and the menu opens, closes with Escape and navigates', async () => {
    const page = await open('/guides/azure-ad-connect-writeback/exchange-hybrid-writeback/', { viewport: { width: 360, height: 740 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const menu = page.locator('button.menu-toggle');
    const nav = page.locator('#site-nav');
    await expect(nav.isVisible()).resolves.toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect(nav.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(nav.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle'))).toBe(true);
    await menu.click();
    await nav.getByRole('link', { name: /Prepare Active Directory for user writeback/ }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Prepare Active Directory for user writeback');
  });

  it.each(['/', '/errors/', '/guides/ipv6-routed-lan/windows-ipv6-router/', '/guides/small-business-server/rww-password-prompts/'])(
    '%s has no horizontal scroll at 360 px',
    async (path) => {
      const page = await open(path, { viewport: { width: 360, height: 740 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    },
  );
});

describe('without JavaScript', () => {
  it('a guide is readable: content, example values in code, the navigation; no copy button, and the form says it needs JavaScript', async () => {
    const page = await open('/guides/azure-ad-connect-writeback/group-writeback/', { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(true);
    const code = await page.locator('figure.code-block pre').nth(1).textContent();
    expect(code).toContain("$accountName = 'CONTOSO\\MSOL_a1b2c3d4e5f6'");
    expect(code).toContain("$cloudGroupOU = 'OU=CloudGroups,DC=contoso,DC=com'");
    await expect(page.locator('button.copy-code').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.parameters-nojs').isVisible()).resolves.toBe(true);
    await expect(page.locator('#param-accountName').isDisabled()).resolves.toBe(true);
  });
});
