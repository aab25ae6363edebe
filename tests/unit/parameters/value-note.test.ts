import { describe, expect, it } from 'vitest';
import { valueNote } from '../../../src/parameters/value-note';

describe('valueNote', () => {
  it("marks a link's unchecked value, an invalid value and an example; the reader's own value needs no note", () => {
    expect(valueNote({ value: 'OU=Sales', valid: true, fromLink: true }, 'OU=Example')).toBe('From a link, not checked yet');
    expect(valueNote({ value: 'bad\u200b', valid: false, fromLink: true }, 'OU=Example')).toBe('Not valid: the commands show it as invalid');
    expect(valueNote({ value: 'OU=Example', valid: true, fromLink: false }, 'OU=Example')).toBe('Example value');
    expect(valueNote({ value: 'OU=Sales', valid: true, fromLink: false }, 'OU=Example')).toBe('');
  });
});
