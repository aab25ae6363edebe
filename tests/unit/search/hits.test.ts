import { describe, expect, it } from 'vitest';
import { sectionScore, toHits, type ResultData } from '../../../src/search/hits';

const page = (subResults: NonNullable<ResultData['sub_results']>): ResultData => ({
  url: '/guides/g/device-writeback/',
  meta: { title: 'Prepare Active Directory for device writeback', summary: 'Write registered devices to AD & more.' },
  excerpt: '',
  sub_results: subResults,
});

describe('the section a result lands on', () => {
  it('counts each query word its excerpt marks once, whatever the word grows into', () => {
    const steps = { title: 'Steps', excerpt: '<mark>devices</mark> <mark>device</mark> <mark>writebackPowerShell</mark> <mark>Initialize-ADSyncDeviceWriteBack</mark>' };
    expect(sectionScore(steps, ['device', 'writeback', 'greyed'])).toBe(2);
  });

  it('gives a point for a heading that names a query word, never for the page title over the opening section', () => {
    const section = { title: 'Troubleshooting', excerpt: 'no marks' };
    expect(sectionScore(section, ['troubleshooting'])).toBe(1);
    expect(sectionScore(section, ['troubleshooting'], false)).toBe(0);
  });

  it('lands on the section that marks the most different query words, not the one with the most marks', () => {
    const [hit] = toHits(
      [
        page([
          { title: 'Prepare Active Directory for device writeback', url: '/guides/g/device-writeback/', excerpt: 'for <mark>device</mark> <mark>writeback</mark>' },
          { title: 'Steps', url: '/guides/g/device-writeback/#steps', excerpt: '<mark>device</mark> <mark>device</mark> <mark>device</mark> <mark>writeback</mark>' },
          { title: 'Troubleshooting', url: '/guides/g/device-writeback/#troubleshooting', excerpt: '<mark>greyed</mark> <mark>out</mark> for <mark>device</mark>' },
        ]),
      ],
      'device writeback greyed out',
    );
    expect(hit).toEqual({ title: 'Prepare Active Directory for device writeback', section: 'Troubleshooting', url: '/guides/g/device-writeback/#troubleshooting', excerpt: '<mark>greyed</mark> <mark>out</mark> for <mark>device</mark>' });
  });

  it('lands on the page itself, with no section name, when the opening section (the quoted error message) answers best', () => {
    const [hit] = toHits(
      [
        page([
          { title: 'Prepare Active Directory for device writeback', url: '/guides/g/device-writeback/', excerpt: 'fails: <mark>Access</mark> is <mark>denied.</mark>' },
          { title: 'Before you begin', url: '/guides/g/device-writeback/#before-you-begin', excerpt: '<mark>access</mark> to the console' },
        ]),
      ],
      'access denied',
    );
    expect(hit?.url).toBe('/guides/g/device-writeback/');
    expect(hit?.section).toBeUndefined();
    expect(hit?.excerpt).toContain('<mark>denied.</mark>');
  });

  it('shows the summary, escaped, when no section marks a query word (a match on the title or aliases only)', () => {
    const [hit] = toHits([page([{ title: 'Steps', url: '/guides/g/device-writeback/#steps', excerpt: 'nothing marked' }])], '0x80070520');
    expect(hit).toEqual({ title: 'Prepare Active Directory for device writeback', section: undefined, url: '/guides/g/device-writeback/', excerpt: 'Write registered devices to AD &amp; more.' });
  });
});
