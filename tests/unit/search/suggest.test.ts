import { describe, expect, it } from 'vitest';
import { buildVocabulary, digitsReordered, editDistance, isKnown, nearestWord } from '../../../src/search/suggest';

describe('buildVocabulary', () => {
  it('keeps words of three letters or more, most frequent first, no hex codes', () => {
    expect(buildVocabulary(['Password writeback: the password 0x80070520', 'password reset', 'Reset it'])).toEqual(['password', 'reset', 'the', 'writeback']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('pasword', 'password', 2)).toBe(1);
    expect(editDistance('sysperp', 'sysprep', 2)).toBe(1);
    expect(editDistance('electirc', 'electric', 2)).toBe(1);
    expect(editDistance('spooler', 'server', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  const vocabulary = ['password', 'server', 'sysprep', 'tunnel', 'drive', 'print', 'passwords'];

  it('suggests the closest indexed word', () => {
    expect(nearestWord('pasword', vocabulary)).toBe('password');
    expect(nearestWord('sysperp', vocabulary)).toBe('sysprep');
    expect(nearestWord('tunel', vocabulary)).toBe('tunnel');
  });

  it('suggests nothing far away, for short words, or for another form of a word', () => {
    expect(nearestWord('spooler', vocabulary)).toBeUndefined();
    expect(nearestWord('spooler', ['sooner'])).toBeUndefined(); // two edits: too many for seven letters
    expect(nearestWord('srv', vocabulary)).toBeUndefined();
    expect(nearestWord('driver', vocabulary)).toBeUndefined();
    expect(nearestWord('printer', vocabulary)).toBeUndefined();
  });

  it('knows a word that begins an indexed word, as Pagefind does', () => {
    expect(isKnown('passw', vocabulary)).toBe(true);
    expect(isKnown('pasw', vocabulary)).toBe(false);
  });
});

describe('digitsReordered', () => {
  it('takes a misspelt identifier whose digit runs are in another order for the indexed one', () => {
    expect(digitsReordered('wow3264node', 'wow6432node')).toBe(true);
    expect(digitsReordered('wow6432node', 'wow6432node')).toBe(false);
    expect(digitsReordered('wow3265node', 'wow6432node')).toBe(false);
    expect(digitsReordered('wox3264node', 'wow6432node')).toBe(false);
    expect(nearestWord('wow3264node', ['windows', 'wow6432node'])).toBe('wow6432node');
  });
});
