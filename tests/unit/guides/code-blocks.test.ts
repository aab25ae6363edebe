import { describe, expect, it } from 'vitest';
import { findCodeBlocks } from '../../../src/guides/code-blocks';

describe('findCodeBlocks', () => {
  it('finds top-level and list-indented fences with language, meta and line', () => {
    const body = [
      'Intro',
      '',
      '```powershell title="Grant"',
      "$a = '<<accountName>>'",
      '```',
      '',
      '1. Step',
      '',
      '   ```cmd',
      '   netsh interface ipv6 add address <<tunnelInterface>>',
      '     indented more',
      '   ```',
      '',
      '````text',
      '```',
      '````',
    ].join('\n');
    expect(findCodeBlocks(body)).toEqual([
      { language: 'powershell', meta: 'title="Grant"', code: "$a = '<<accountName>>'", line: 4, indent: 0 },
      { language: 'cmd', meta: '', code: 'netsh interface ipv6 add address <<tunnelInterface>>\n  indented more', line: 10, indent: 3 },
      { language: 'text', meta: '', code: '```', line: 15, indent: 0 },
    ]);
  });

  it('treats a fence without a language as text', () => {
    expect(findCodeBlocks('```\nplain\n```')[0]?.language).toBe('text');
  });
});
