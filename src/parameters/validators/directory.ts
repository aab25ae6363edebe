/** Validators of Active Directory and DNS names. */
import { PS_DOUBLE_QUOTE } from '../characters';
import type { ParameterType } from '../types';
import { fail, firstOf, pass, type Validator, type ValueCheck } from '../validation';

export function ntAccount(text: string): ValueCheck {
  if (text.includes('@')) return fail({ code: 'accountAsEmail' });
  const slash = text.indexOf('\\');
  if (slash < 0) return fail({ code: 'accountNoBackslash' });
  const domain = text.slice(0, slash);
  const name = text.slice(slash + 1);
  if (domain === '') return fail({ code: 'accountDomainEmpty' });
  if (domain.length > 15) return fail({ code: 'accountDomainTooLong', length: domain.length });
  // Windows 2000 and later NetBIOS domain names: letters, digits and ! # $ % ^ & ( ) - _ ' { } . ~ (no spaces).
  const badDomain = [...domain].find((character) => !/[A-Za-z0-9!#$%^&()\-_'{}.~]/.test(character));
  if (badDomain) return fail({ code: 'accountDomainCharacter', character: badDomain });
  if (domain.startsWith('.')) return fail({ code: 'accountDomainPeriod' });
  if (name === '') return fail({ code: 'accountNameEmpty' });
  if (name.includes('\\')) return fail({ code: 'accountTwoBackslashes' });
  if (name.length > 20) return fail({ code: 'accountNameTooLong', length: name.length });
  const badName = firstOf(name, '"/\\[]:;|=,+*?<>');
  if (badName) return fail({ code: 'accountNameCharacter', character: badName });
  if (/^[. ]+$/.test(name)) return fail({ code: 'accountNameDots' });
  return pass(`${domain}\\${name}`);
}

const DN_SPECIAL = '"+,;<>\\=#';

export function distinguishedName(text: string): ValueCheck {
  const rdns: string[] = [];
  let index = 0;
  const skipSpaces = (): void => {
    while (text[index] === ' ') index++;
  };
  while (index <= text.length) {
    const parts: string[] = [];
    for (;;) {
      skipSpaces();
      const type = /^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*)/.exec(text.slice(index))?.[0];
      if (!type) return fail({ code: 'dnAttributeExpected', position: index + 1 });
      index += type.length;
      skipSpaces();
      if (text[index] !== '=') return fail({ code: 'dnEqualsExpected', type, position: index + 1 });
      index++;
      skipSpaces();
      let value = '';
      let trailingSpaces = 0; // unescaped spaces at the end are not part of the value
      while (index < text.length && text[index] !== ',' && text[index] !== '+') {
        const character = text[index] ?? '';
        if (PS_DOUBLE_QUOTE.test(character)) return fail({ code: 'dnDoubleQuote', character, position: index + 1 });
        if (character === '\\') {
          const next = text[index + 1] ?? '';
          if (/^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) {
            value += text.slice(index, index + 3);
            trailingSpaces = 0;
            index += 3;
            continue;
          }
          if (next === '"') return fail({ code: 'dnEscapedQuote', position: index + 1 });
          if (next !== '' && (DN_SPECIAL.includes(next) || next === ' ')) {
            value += character + next;
            trailingSpaces = 0;
            index += 2;
            continue;
          }
          return fail({ code: 'dnBackslash', position: index + 1 });
        }
        if (';<>'.includes(character) || (character === '#' && value === '')) {
          return fail({ code: 'dnUnescaped', character, position: index + 1 });
        }
        if (character === '=') return fail({ code: 'dnEquals', position: index + 1 });
        value += character;
        trailingSpaces = character === ' ' ? trailingSpaces + 1 : 0;
        index++;
      }
      value = value.slice(0, value.length - trailingSpaces);
      if (value === '' || value === '\\') return fail({ code: 'dnEmptyValue', type });
      parts.push(`${type}=${value}`);
      if (text[index] !== '+') break;
      index++;
    }
    rdns.push(parts.join('+'));
    if (index >= text.length) break;
    index++; // the comma
    if (index >= text.length) return fail({ code: 'dnTrailingComma' });
  }
  if (!/^DC=/i.test(rdns[rdns.length - 1] ?? '')) {
    return fail({ code: 'dnNoDomain' });
  }
  // The DC= parts spell the domain's DNS name: one DNS label each.
  const label = rdns.map((rdn) => /^DC=(.*)$/i.exec(rdn)?.[1]).find((value) => value !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(value));
  if (label !== undefined) return fail({ code: 'dnDomainComponent', value: label });
  return pass(rdns.join(','));
}

export function dnsDomain(text: string): ValueCheck {
  const name = text.replace(/\.$/, '').toLowerCase();
  if (name === '') return fail({ code: 'dnsEmpty' });
  // Four dot-separated runs of 1 to 3 digits: what parseIpv4 (ip.ts) reads as an address, without loading ip.ts here.
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(name)) return fail({ code: 'dnsIsAddress' });
  if (name.length > 253) return fail({ code: 'dnsTooLong', length: name.length });
  const labels = name.split('.');
  if (labels.length < 2) return fail({ code: 'dnsSingleLabel' });
  for (const label of labels) {
    if (label === '') return fail({ code: 'dnsEmptyLabel' });
    if (label.length > 63) return fail({ code: 'dnsLabelTooLong', label });
    const bad = [...label].find((character) => !/[a-z0-9-]/.test(character));
    if (bad) return fail({ code: 'dnsCharacter', character: bad });
    if (label.startsWith('-') || label.endsWith('-')) return fail({ code: 'dnsHyphen', label });
  }
  return pass(name);
}

export function connectorName(text: string): ValueCheck {
  if (text === '') return fail({ code: 'connectorEmpty' });
  if (text.length > 256) return fail({ code: 'connectorTooLong' });
  const bad = [...text].find((character) => !/[A-Za-z0-9 ._@()-]/.test(character));
  if (bad) return fail({ code: 'connectorCharacter', character: bad });
  return pass(text);
}

/** The validators of this family, by type (src/parameters/types.ts: VALIDATOR_FAMILY). */
export const validators = { ntAccount, distinguishedName, dnsDomain, connectorName } satisfies Partial<Record<ParameterType, Validator>>;
