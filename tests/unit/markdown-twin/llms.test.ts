import { describe, expect, it } from 'vitest';
import { llmsFull, llmsIndex, llmsLinks } from '../../../src/markdown-twin/llms';

const site = {
  name: 'Windows Admin Guides',
  summary: 'Procedures with commands ready to run.',
  fullUrl: 'https://guides.example.org/llms-full.txt',
  groups: [
    { title: 'IPv6', guides: [{ title: 'Get a [tunnel]', summary: 'Request it\nand bring it up.', url: 'https://guides.example.org/guides/ipv6/tunnel/index.html.md' }] },
    { title: 'Empty', guides: [] },
    { title: 'Windows Server', guides: [{ title: 'Sysprep', summary: 'Fix it.', url: 'https://guides.example.org/guides/ws/sysprep/index.html.md' }] },
  ],
};

describe('llms.txt', () => {
  const text = llmsIndex(site);

  it('follows the format: an H1, a blockquote summary, paragraphs without headings, then H2 file lists', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Windows Admin Guides');
    expect(lines[2]).toBe('> Procedures with commands ready to run.');
    const firstSection = lines.findIndex((line) => line.startsWith('## '));
    expect(lines.slice(1, firstSection).filter((line) => line.startsWith('#'))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## IPv6', '## Windows Server', '## Optional']);
  });

  it('lists each guide by its twin with its summary, and reads back what it wrote', () => {
    expect(text).toContain('- [Get a \\[tunnel\\]](https://guides.example.org/guides/ipv6/tunnel/index.html.md): Request it and bring it up.');
    expect(llmsLinks(text)).toEqual([
      { section: 'IPv6', name: 'Get a [tunnel]', url: 'https://guides.example.org/guides/ipv6/tunnel/index.html.md', notes: 'Request it and bring it up.' },
      { section: 'Windows Server', name: 'Sysprep', url: 'https://guides.example.org/guides/ws/sysprep/index.html.md', notes: 'Fix it.' },
      { section: 'Optional', name: 'Every guide in one file', url: 'https://guides.example.org/llms-full.txt', notes: 'the Markdown of all the guides above, one after the other' },
    ]);
  });

  it('llms-full.txt is the title and summary, then each twin in order', () => {
    const full = llmsFull(text, ['# Get a tunnel\n\nBody one.\n', '# Sysprep\n\nBody two.\n']);
    expect(full.startsWith('# Windows Admin Guides\n\n> Procedures with commands ready to run.\n')).toBe(true);
    expect(full).not.toContain('## IPv6');
    expect(full.indexOf('# Get a tunnel')).toBeLessThan(full.indexOf('# Sysprep'));
    expect(full.endsWith('Body two.\n')).toBe(true);
  });
});
