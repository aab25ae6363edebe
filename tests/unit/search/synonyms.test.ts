import { describe, expect, it } from 'vitest';
import { SYNONYMS } from '../../../src/search/data/synonyms';
import { findSynonyms, synonymAliases, words } from '../../../src/search/synonyms';

describe('the synonyms list', () => {
  it('gives each entry at least two forms and a reason', () => {
    for (const entry of SYNONYMS) {
      expect(entry.forms.length, entry.forms.join(' / ')).toBeGreaterThanOrEqual(2);
      expect(entry.note.length, entry.forms.join(' / ')).toBeGreaterThan(5);
    }
  });

  it('lists each form once, so a word means one thing', () => {
    const forms = SYNONYMS.flatMap((entry) => entry.forms.map((form) => words(form).join(' ')));
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
  });

  it('holds the issue\'s jargon', () => {
    const groupOf = (form: string): readonly string[] => SYNONYMS.find((entry) => entry.forms.includes(form))?.forms ?? [];
    expect(groupOf('AADC')).toEqual(expect.arrayContaining(['AAD Connect', 'Entra Connect', 'Azure AD Connect']));
    expect(groupOf('SSPR')).toEqual(expect.arrayContaining(['self-service password reset', 'password writeback']));
    expect(groupOf('GAL')).toContain('Global Address List');
    expect(groupOf('HE')).toEqual(expect.arrayContaining(['Hurricane Electric', 'tunnel broker']));
    expect(groupOf('RWW')).toContain('Remote Web Workplace');
    expect(groupOf('SBS08')).toContain('SBS 2008');
    expect(groupOf('EBS')).toContain('Essential Business Server');
    expect(groupOf('DC')).toContain('domain controller');
    expect(groupOf('GPO')).toContain('Group Policy');
  });
});

describe('findSynonyms (querying)', () => {
  it('takes the longest form, case and hyphens aside', () => {
    const [match] = findSynonyms(words('microsoft entra connect sync'));
    expect(match).toMatchObject({ start: 0, length: 3 });
    expect(match?.forms).toContainEqual(['aadc']);
    expect(findSynonyms(words('Self-Service Password Reset'))[0]).toMatchObject({ start: 0, length: 4 });
  });

  it('finds nothing in plain words', () => {
    expect(findSynonyms(words('the server was restarted'))).toEqual([]);
  });
});

describe('synonymAliases (indexing)', () => {
  it('adds the other forms of the jargon a page uses', () => {
    const aliases = synonymAliases('Grant the Azure AD Connect account the permissions for password writeback.');
    expect(aliases).toEqual(expect.arrayContaining(['AADC', 'Entra Connect', 'SSPR', 'self-service password reset']));
    expect(aliases).not.toContain('Azure AD Connect');
  });

  it('counts an acronym only in capitals: "he" is not Hurricane Electric', () => {
    expect(synonymAliases('If he restarts the DC, ...')).toEqual(expect.arrayContaining(['domain controller']));
    expect(synonymAliases('If he restarts the DC, ...')).not.toContain('Hurricane Electric');
    expect(synonymAliases('Sign up with HE for a tunnel.')).toContain('Hurricane Electric');
  });
});
