import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aliasProblems,
  isStepId,
  parseStepIdRegistry,
  recordStepIds,
  resolveStepId,
  stepAnchorClashes,
  stepIdProblems,
} from '../../../src/guides/step-ids';
import { findSteps } from '../../../src/guides/steps';
import { GUIDE_FILES } from '../../support/guides';

const steps = (...lines: string[]) => findSteps(['## Steps', '', ...lines].join('\n'));

describe('step ids', () => {
  it('are lower-case words joined by hyphens, starting with a letter, at most 60 characters', () => {
    for (const id of ['a', 'load-module', 'grant-ou-2', 'x1-y2']) expect(isStepId(id), id).toBe(true);
    for (const id of ['', '1-load', 'Load', 'load--module', 'load-', '-load', 'load_module', 'load.module', 'l\u00f6ad', 'a b', `a${'-b'.repeat(30)}`]) {
      expect(isStepId(id), id).toBe(false);
    }
  });

  it('refuses a step without an id, a malformed id and a repeated one, at the line of the file', () => {
    // The body starts on line 10 of its file: the Steps heading is line 10, its items from line 12.
    const problems = stepIdProblems(steps('1. <Step id="load-module" /> **Load.**', '2. **Grant.**', '3. <Step id="Grant_OU" /> x', '4. <Step id="load-module" /> y'), 10);
    expect(problems).toEqual([
      { line: 13, message: 'step 2 has no id: open the item with <Step id="a-name-for-it" /> (lower-case words and hyphens)' },
      { line: 14, message: expect.stringContaining('step id "Grant_OU" must be lower-case') as string },
      { line: 15, message: 'step id "load-module" is already the id of the step on line 12' },
    ]);
    expect(stepIdProblems(steps('1. <Step id="a" /> x', '2. <Step id="b" /> y'), 1)).toEqual([]);
  });
});

describe('the registry of published step ids and the aliases', () => {
  const published = ['request-tunnel', 'run-he-commands', 'check'];

  it('accepts a guide that keeps every published id, or maps each one it dropped to a step it has', () => {
    expect(aliasProblems(published, {}, published)).toEqual([]);
    expect(aliasProblems(['request-tunnel', 'run-commands', 'test-tunnel', 'new-step'], { 'run-he-commands': 'run-commands', check: 'test-tunnel' }, published)).toEqual([]);
    // A guide never published (not in the registry yet) is free to change.
    expect(aliasProblems(['anything'], {}, [])).toEqual([]);
  });

  it('refuses a renamed or removed id without an alias, naming the id and the fix', () => {
    expect(aliasProblems(['request-tunnel', 'run-commands', 'check'], {}, published)).toEqual([
      'step id "run-he-commands" was published (content/step-ids.json) and is gone: add stepAliases: { run-he-commands: <the id of the step that replaces it> } to the frontmatter, so that old links and progress still land',
    ]);
  });

  it('refuses an alias to a step the guide does not have, an alias that is a current id, and a malformed alias', () => {
    expect(aliasProblems(['request-tunnel', 'check'], { 'run-he-commands': 'run-commands' }, published)).toEqual([
      'stepAliases: "run-he-commands" points to "run-commands", which is no step id of this guide',
    ]);
    expect(aliasProblems(['request-tunnel', 'run-he-commands', 'check'], { check: 'request-tunnel' }, published)).toEqual([
      'stepAliases: "check" is the id of a step of this guide; an alias names an id the guide no longer has',
    ]);
    expect(aliasProblems(['a'], { 'Old Id': 'a' }, [])).toEqual(['stepAliases: "Old Id" is not a step id (lower-case words joined by hyphens)']);
  });

  it('resolves an id from a link or storage to the current step, through an alias, and nothing else', () => {
    const ids = ['request-tunnel', 'run-commands'];
    const aliases = { 'run-he-commands': 'run-commands', dangling: 'removed' };
    expect(resolveStepId('request-tunnel', ids, aliases)).toBe('request-tunnel');
    expect(resolveStepId('run-he-commands', ids, aliases)).toBe('run-commands');
    for (const id of ['dangling', 'unknown', 'constructor', '__proto__', 'hasOwnProperty', '']) expect(resolveStepId(id, ids, aliases), id).toBeUndefined();
  });

  it('records new ids after the known ones and never forgets one, keys sorted', () => {
    const registry = { 'b/guide': ['one', 'two'], 'a/other': ['x'] };
    const next = recordStepIds(registry, 'b/guide', ['three', 'one']);
    expect(next).toEqual({ 'a/other': ['x'], 'b/guide': ['one', 'two', 'three'] });
    expect(Object.keys(next)).toEqual(['a/other', 'b/guide']);
    expect(registry['b/guide']).toEqual(['one', 'two']);
    expect(recordStepIds({}, 'c/new', ['a'])).toEqual({ 'c/new': ['a'] });
  });

  it('reads the registry file, refusing any other shape', () => {
    expect(parseStepIdRegistry('{"a/b": ["x-1"]}')).toEqual({ 'a/b': ['x-1'] });
    expect(() => parseStepIdRegistry('[]')).toThrow('content/step-ids.json must be an object');
    expect(() => parseStepIdRegistry('{"a/b": "x"}')).toThrow('"a/b" must list step ids');
    expect(() => parseStepIdRegistry('{"a/b": ["Bad Id"]}')).toThrow('"a/b" must list step ids');
  });

  it('refuses a step id or alias that a heading of the page has as its anchor', () => {
    expect(stepAnchorClashes(steps('1. <Step id="verify" /> x', '2. <Step id="run" /> y'), { troubleshooting: 'run' }, ['steps', 'verify', 'troubleshooting'])).toEqual([
      'step id "verify" is also the anchor of a heading of this page: choose another id',
      'step id "troubleshooting" is also the anchor of a heading of this page: choose another id',
    ]);
  });
});

describe('content/step-ids.json', () => {
  it('holds every step id of every guide (after adding a step, run npm run step-ids and commit the file)', () => {
    const registry = parseStepIdRegistry(readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', 'step-ids.json'), 'utf8'));
    let count = 0;
    for (const guide of GUIDE_FILES) {
      const id = guide.file.replace(/\.mdx$/, '');
      for (const step of findSteps(guide.body)) {
        count++;
        expect(registry[id] ?? [], `${id}: ${step.id ?? '(no id)'}`).toContain(step.id);
      }
    }
    expect(count).toBeGreaterThan(40);
  });
});
