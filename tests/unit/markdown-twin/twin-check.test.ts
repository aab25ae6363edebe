import { describe, expect, it } from 'vitest';
import { decodeHtml, pageCode, pageSteps, twinProblems } from '../../../src/markdown-twin/twin-check';

const code = (inner: string): string => `<figure><pre class="astro-code" tabindex="0"><code>${inner}</code></pre></figure>`;
const page = [
  '<h2 id="steps">Steps</h2><ol><li><p><span id="set-ou" class="step-anchor"></span><a class="step-report screen-only" href="x">Report a problem with this step</a><script type="module">var t=1;</script> <strong>Set the OU:</strong></p>',
  code('<span class="line"><span>$ou = </span><span class="param" data-param="cloudGroupOU" data-context="ps-single">&#x27;OU=CloudGroups&#x27;</span></span>\n<span class="line"><span>Get-X &#x3C;a> &amp;&amp; b</span></span>'),
  '</li><li><span id="run" class="step-anchor"></span> Run it by hand.</li></ol>',
].join('');
const twin = ['# T', '', '## Steps', '', '1. **Set the OU:**', '', '   ```powershell', '   $ou = <<cloudGroupOU>>', '   Get-X <a> && b', '   ```', '', '2. Run it by hand.', ''].join('\n');

describe('the twin check', () => {
  it('reads the page code back with its placeholders, and its steps', () => {
    expect(decodeHtml('&#x3C;&#60;&lt;&amp;lt;&quot;&#39;')).toBe('<<<&lt;"\'');
    expect(pageCode(page)).toEqual(['$ou = <<cloudGroupOU>>\nGet-X <a> && b']);
    expect(pageSteps(page)).toEqual([
      { id: 'set-ou', words: 'settheou' },
      { id: 'run', words: 'runitbyhand' },
    ]);
  });

  it('passes a twin that matches its page', () => {
    expect(twinProblems(page, twin)).toEqual([]);
  });

  it('names a code line that differs, a missing block, and a step that differs or is missing', () => {
    expect(twinProblems(page, twin.replace('Get-X <a> && b', 'Get-X <a> || b'))).toEqual(['code block 1 differs at its line 2: the page has "Get-X <a> && b", the twin "Get-X <a> || b"']);
    expect(twinProblems(page, twin.replace(/ {3}```powershell[\s\S]*? {3}```\n/, ''))).toEqual(['the page has 1 code blocks, its Markdown twin 0']);
    expect(twinProblems(page, twin.replace('Run it by hand.', 'Run it twice.'))).toEqual(['step "run" (step 2) reads differently in the Markdown twin: "Run it twice."']);
    expect(twinProblems(page, twin.replace('2. Run it by hand.', 'Run it by hand.'))).toEqual(['the page has 2 steps, its Markdown twin 1']);
  });

});
