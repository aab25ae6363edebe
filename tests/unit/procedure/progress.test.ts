import { describe, expect, it } from 'vitest';
import {
  findRun,
  MAX_RUNS,
  nextStep,
  parseDone,
  progressLink,
  progressText,
  readRuns,
  saveRun,
  valuesKey,
  withoutDone,
  type ProgressRun,
} from '../../../src/procedure/progress';
import { decodeValues, encodeValues } from '../../../src/parameters/url';

describe('valuesKey', () => {
  it('is stable whatever the order of the values, and short', () => {
    const key = valuesKey({ cloudGroupOU: 'OU=Sales,DC=contoso,DC=com', accountName: 'CONTOSO\\svc' });
    expect(valuesKey({ accountName: 'CONTOSO\\svc', cloudGroupOU: 'OU=Sales,DC=contoso,DC=com' })).toBe(key);
    expect(key).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('differs between different values, and between values swapped between names', () => {
    const sales = valuesKey({ cloudGroupOU: 'OU=Sales,DC=contoso,DC=com' });
    expect(valuesKey({ cloudGroupOU: 'OU=Finance,DC=contoso,DC=com' })).not.toBe(sales);
    expect(valuesKey({ cloudGroupOU: 'x', accountName: 'y' })).not.toBe(valuesKey({ cloudGroupOU: 'y', accountName: 'x' }));
    expect(valuesKey({})).not.toBe(sales);
  });
});

describe('readRuns', () => {
  const run: ProgressRun = { g: 'group/guide', k: 'abc', d: [1, 3], n: 7 };

  it('reads what saveRun stored', () => {
    expect(readRuns(JSON.stringify(saveRun([], run)))).toEqual([run]);
  });

  it('drops anything malformed without throwing', () => {
    expect(readRuns(null)).toEqual([]);
    expect(readRuns('{not json')).toEqual([]);
    expect(readRuns('{"g":"x"}')).toEqual([]);
    expect(
      readRuns(
        JSON.stringify([
          run,
          null,
          'x',
          { ...run, d: [0] },
          { ...run, d: [8] },
          { ...run, d: ['1'] },
          { ...run, d: [1.5] },
          { ...run, n: 0 },
          { ...run, g: 1 },
          { ...run, k: undefined },
        ]),
      ),
    ).toEqual([run]);
  });

  it('keeps at most MAX_RUNS runs', () => {
    const many = Array.from({ length: MAX_RUNS + 5 }, (_, index) => ({ ...run, k: String(index) }));
    expect(readRuns(JSON.stringify(many))).toHaveLength(MAX_RUNS);
  });
});

describe('saveRun and findRun', () => {
  it('keeps one run per guide and values, the most recent first', () => {
    let runs = saveRun([], { g: 'a/one', k: 'sales', d: [2, 1, 2], n: 3 });
    runs = saveRun(runs, { g: 'a/one', k: 'finance', d: [3], n: 3 });
    runs = saveRun(runs, { g: 'a/two', k: 'sales', d: [1], n: 2 });
    expect(findRun(runs, 'a/one', 'sales')?.d).toEqual([1, 2]);
    expect(findRun(runs, 'a/one', 'finance')?.d).toEqual([3]);
    expect(findRun(runs, 'a/two', 'finance')).toBeUndefined();
    runs = saveRun(runs, { g: 'a/one', k: 'sales', d: [1, 2, 3], n: 3 });
    expect(runs.map((run) => `${run.g} ${run.k}`)).toEqual(['a/one sales', 'a/two sales', 'a/one finance']);
  });

  it('removes a run with nothing done (Start over) and steps out of range', () => {
    let runs = saveRun([], { g: 'a/one', k: 'sales', d: [1, 9], n: 3 });
    expect(runs[0]?.d).toEqual([1]);
    runs = saveRun(runs, { g: 'a/one', k: 'sales', d: [], n: 3 });
    expect(runs).toEqual([]);
  });

  it('drops the oldest run beyond MAX_RUNS', () => {
    let runs: ProgressRun[] = [];
    for (let index = 0; index <= MAX_RUNS; index++) runs = saveRun(runs, { g: 'a/one', k: String(index), d: [1], n: 1 });
    expect(runs).toHaveLength(MAX_RUNS);
    expect(findRun(runs, 'a/one', '0')).toBeUndefined();
    expect(runs[0]?.k).toBe(String(MAX_RUNS));
  });
});

describe('progressText and nextStep', () => {
  it('counts the steps done', () => {
    expect(progressText(3, 7)).toBe('3 of 7 steps done');
    expect(progressText(0, 1)).toBe('0 of 1 step done');
  });

  it('names the first step not done', () => {
    expect(nextStep([], 3)).toBe(1);
    expect(nextStep([1, 3], 3)).toBe(2);
    expect(nextStep([1, 2, 3], 3)).toBeUndefined();
  });
});

describe('the link codec', () => {
  it('reads done=1.2.5 within range', () => {
    expect(parseDone('?done=1.2.5', 7)).toEqual([1, 2, 5]);
    expect(parseDone('?accountName=x&done=5.1.1', 7)).toEqual([1, 5]);
    expect(parseDone('?accountName=x', 7)).toBeUndefined();
    expect(parseDone('', 7)).toBeUndefined();
  });

  it('ignores anything but whole step numbers within range', () => {
    expect(parseDone('?done=0.8.99999.-1.+2.02.1e1.2.5x.%33.', 7)).toEqual([2]);
    expect(parseDone('?done=<script>', 7)).toEqual([]);
    expect(parseDone('?done=', 7)).toEqual([]);
    expect(parseDone('?done=3&done=4', 7)).toEqual([3]);
    expect(parseDone('?undone=3', 7)).toBeUndefined();
  });

  it('writes a link with the values and the steps done that reads back the same', () => {
    const values = { cloudGroupOU: 'OU=Sales,DC=contoso,DC=com' };
    const link = progressLink('/guides/a/one/', encodeValues(values), [5, 1, 2]);
    expect(link).toBe('/guides/a/one/?cloudGroupOU=OU%3DSales%2CDC%3Dcontoso%2CDC%3Dcom&done=1.2.5');
    const search = link.slice(link.indexOf('?'));
    expect(decodeValues(search)).toEqual(values);
    expect(parseDone(search, 7)).toEqual([1, 2, 5]);
    expect(progressLink('/guides/a/one/', '', [3])).toBe('/guides/a/one/?done=3');
    expect(progressLink('/guides/a/one/', '', [])).toBe('/guides/a/one/');
  });

  it('drops done= from a query string and keeps the rest', () => {
    expect(withoutDone('?accountName=x&done=1.2&b=y')).toBe('?accountName=x&b=y');
    expect(withoutDone('?done=1')).toBe('');
    expect(withoutDone('')).toBe('');
  });
});
