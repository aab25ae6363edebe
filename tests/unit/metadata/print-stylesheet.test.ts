import { describe, expect, it } from 'vitest';
import { printStylesheet } from '../../../src/styles/print-stylesheet';

const CSS = 'a[href^="/"]::after { content: " (" "__SITE__" attr(href) ")"; }';

describe('printStylesheet', () => {
  it("prints a site-relative link's target with the site's address", () => {
    const { text } = printStylesheet(CSS, new URL('https://guides.example.org/'));
    expect(text).toBe('a[href^="/"]::after { content: " (" "https://guides.example.org" attr(href) ")"; }');
  });

  it('names its content in the href, so a changed stylesheet is never served from an old cache', () => {
    const site = new URL('https://guides.example.org/');
    const { href } = printStylesheet(CSS, site);
    expect(href).toMatch(/^\/print\.css\?v=[0-9a-f]{12}$/);
    expect(printStylesheet(CSS, site).href).toBe(href);
    expect(printStylesheet(`${CSS}\np { orphans: 3; }`, site).href).not.toBe(href);
    expect(printStylesheet(CSS, new URL('https://docs.example.com/')).href).not.toBe(href);
  });
});
