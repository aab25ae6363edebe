import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/guides/html-text';

describe('htmlToText', () => {
  it('drops tags and decodes entities once (no double decoding)', () => {
    expect(htmlToText('<p>A &quot;quoted&quot; it&#39;s &lt;b&gt; &amp;amp;</p>')).toBe('A "quoted" it\'s <b> &amp;');
  });
});
