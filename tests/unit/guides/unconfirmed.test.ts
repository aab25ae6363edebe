import { describe, expect, it } from 'vitest';
import { countUnconfirmed, findUnconfirmedElements, staleGuide, unconfirmedReport } from '../../../src/guides/unconfirmed';

describe('findUnconfirmedElements', () => {
  it('finds each element with its line, and none inside a code block', () => {
    const body = ['Intro.', '', '<Unconfirmed>SDProp copies it.</Unconfirmed>', '', '```text', '<Unconfirmed>not a claim</Unconfirmed>', '```', '<Unconfirmed>', 'Two lines.', '</Unconfirmed>'].join('\n');
    expect(findUnconfirmedElements(body)).toEqual([{ line: 3 }, { line: 8 }]);
  });

  it('does not take another component whose name starts the same', () => {
    expect(findUnconfirmedElements('<UnconfirmedList />')).toEqual([]);
  });
});

describe('reading the built pages', () => {
  const page = '<p>x</p><aside class="unconfirmed" aria-label="Unconfirmed claim" data-unconfirmed><p>a</p></aside><aside class="unconfirmed" data-unconfirmed=""><p>b</p></aside>';

  it('counts the unconfirmed claims a page shows', () => {
    expect(countUnconfirmed(page)).toBe(2);
    expect(countUnconfirmed('<p data-unconfirmed-note="x">no</p><p>data-unconfirmed in text</p>')).toBe(0);
  });

  it('finds the stale guide a page announces, with its checked date', () => {
    expect(staleGuide('<dl class="checked checked-stale" id="checked" data-checked="2025-11-06" data-checked-stale="windows-server/old">')).toEqual({ id: 'windows-server/old', checked: '2025-11-06' });
    expect(staleGuide('<dl class="checked" id="checked" data-checked="2026-12-06">')).toBeUndefined();
  });

  it('reports the total and the pages that have any', () => {
    expect(unconfirmedReport(new Map([['/guides/b/', 2], ['/guides/a/', 1], ['/guides/c/', 0]]))).toBe('3 unconfirmed claims shown to readers: /guides/a/ (1), /guides/b/ (2)');
    expect(unconfirmedReport(new Map([['/guides/a/', 1]]))).toBe('1 unconfirmed claim shown to readers: /guides/a/ (1)');
    expect(unconfirmedReport(new Map())).toBe('0 unconfirmed claims shown to readers');
  });
});
