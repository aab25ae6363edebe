import { describe, expect, it } from 'vitest';
import {
  doneSteps,
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
  const run: ProgressRun = { g: 'group/guide', k: 'abc', d: ['load-module', 'grant-ou'], n: 7 };

  it('reads what saveRun stored', () => {
    expect(readRuns(JSON.stringify(saveRun([], run)))).toEqual([run]);
  });

  it('drops anything malformed without throwing, and progress stored by step numbers', () => {
    expect(readRuns(null)).toEqual([]);
    expect(readRuns('{not json')).toEqual([]);
    expect(readRuns('{"g":"x"}')).toEqual([]);
    expect(
      readRuns(
        JSON.stringify([
          run,
          null,
          'x',
          { ...run, d: [1, 3] },
          { ...run, d: ['Load-Module'] },
          { ...run, d: ['<b>'] },
          { ...run, d: ['a', 'b'], n: 1 },
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
    let runs = saveRun([], { g: 'a/one', k: 'sales', d: ['first', 'second', 'first'], n: 3 });
    runs = saveRun(runs, { g: 'a/one', k: 'finance', d: ['third'], n: 3 });
    runs = saveRun(runs, { g: 'a/two', k: 'sales', d: ['first'], n: 2 });
    expect(findRun(runs, 'a/one', 'sales')?.d).toEqual(['first', 'second']);
    expect(findRun(runs, 'a/one', 'finance')?.d).toEqual(['third']);
    expect(findRun(runs, 'a/two', 'finance')).toBeUndefined();
    runs = saveRun(runs, { g: 'a/one', k: 'sales', d: ['first', 'second', 'third'], n: 3 });
    expect(runs.map((run) => `${run.g} ${run.k}`)).toEqual(['a/one sales', 'a/two sales', 'a/one finance']);
  });

  it('removes a run with nothing done (Start over), and anything that is not a step id', () => {
    let runs = saveRun([], { g: 'a/one', k: 'sales', d: ['first', 'Not An Id'], n: 3 });
    expect(runs[0]?.d).toEqual(['first']);
    runs = saveRun(runs, { g: 'a/one', k: 'sales', d: [], n: 3 });
    expect(runs).toEqual([]);
  });

  it('drops the oldest run beyond MAX_RUNS', () => {
    let runs: ProgressRun[] = [];
    for (let index = 0; index <= MAX_RUNS; index++) runs = saveRun(runs, { g: 'a/one', k: String(index), d: ['first'], n: 1 });
    expect(runs).toHaveLength(MAX_RUNS);
    expect(findRun(runs, 'a/one', '0')).toBeUndefined();
    expect(runs[0]?.k).toBe(String(MAX_RUNS));
  });
});

const IDS = ['request-tunnel', 'use-private-address', 'run-commands', 'test-tunnel'];
/** The guide once had "run-he-commands" and "check" where it now has "run-commands" and "test-tunnel". */
const ALIASES = { 'run-he-commands': 'run-commands', check: 'test-tunnel' };

describe('progressText, nextStep and doneSteps', () => {
  it('counts the steps done', () => {
    expect(progressText(3, 7)).toBe('3 of 7 steps done');
    expect(progressText(0, 1)).toBe('0 of 1 step done');
  });

  it('names the first step not done', () => {
    expect(nextStep([], IDS)).toBe('request-tunnel');
    expect(nextStep(['request-tunnel', 'run-commands'], IDS)).toBe('use-private-address');
    expect(nextStep(IDS, IDS)).toBeUndefined();
  });

  it('maps stored ids through the aliases, in the guide order, and drops ids the guide never had', () => {
    expect(doneSteps(['check', 'request-tunnel', 'run-he-commands', 'gone', 'run-commands'], IDS, ALIASES)).toEqual(['request-tunnel', 'run-commands', 'test-tunnel']);
    // An alias to a step the guide no longer has, and inherited names, stand for nothing.
    expect(doneSteps(['old', 'constructor', '__proto__', 'toString'], IDS, { old: 'removed-step' })).toEqual([]);
  });
});

describe('the link codec', () => {
  it('reads done= step ids, and old ids through the aliases, in the guide order', () => {
    expect(parseDone('?done=test-tunnel.request-tunnel', IDS, ALIASES)).toEqual(['request-tunnel', 'test-tunnel']);
    expect(parseDone('?accountName=x&done=run-he-commands.run-commands.check', IDS, ALIASES)).toEqual(['run-commands', 'test-tunnel']);
    expect(parseDone('?accountName=x', IDS, ALIASES)).toBeUndefined();
    expect(parseDone('', IDS, ALIASES)).toBeUndefined();
  });

  it('ignores anything but the guide step ids and aliases', () => {
    expect(parseDone('?done=1.2.Request-Tunnel.request-tunnel%2D.%3Cb%3E..use-private-address.x', IDS, ALIASES)).toEqual(['use-private-address']);
    expect(parseDone('?done=<script>', IDS, ALIASES)).toEqual([]);
    expect(parseDone('?done=', IDS, ALIASES)).toEqual([]);
    expect(parseDone('?done=test-tunnel&done=run-commands', IDS, ALIASES)).toEqual(['test-tunnel']);
    expect(parseDone('?undone=test-tunnel', IDS, ALIASES)).toBeUndefined();
  });

  it('writes a link with the values and the steps done that reads back the same', () => {
    const values = { cloudGroupOU: 'OU=Sales,DC=contoso,DC=com' };
    const link = progressLink('/guides/a/one/', encodeValues(values), ['request-tunnel', 'run-commands']);
    expect(link).toBe('/guides/a/one/?cloudGroupOU=OU%3DSales%2CDC%3Dcontoso%2CDC%3Dcom&done=request-tunnel.run-commands');
    const search = link.slice(link.indexOf('?'));
    expect(decodeValues(search)).toEqual(values);
    expect(parseDone(search, IDS, ALIASES)).toEqual(['request-tunnel', 'run-commands']);
    expect(progressLink('/guides/a/one/', '', ['test-tunnel'])).toBe('/guides/a/one/?done=test-tunnel');
    expect(progressLink('/guides/a/one/', '', [])).toBe('/guides/a/one/');
  });

  it('drops done= from a query string and keeps the rest', () => {
    expect(withoutDone('?accountName=x&done=a.b&b=y')).toBe('?accountName=x&b=y');
    expect(withoutDone('?done=a')).toBe('');
    expect(withoutDone('')).toBe('');
  });
});
