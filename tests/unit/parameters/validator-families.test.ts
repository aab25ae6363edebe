import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../../src/parameters/registry';
import { VALIDATOR_FAMILY, validateValue, type ParameterType } from '../../../src/parameters/types';
import { decodeValuesOf, encodeValuesOf } from '../../../src/parameters/url-codec';
import { checkValue } from '../../../src/parameters/validation';
import * as directory from '../../../src/parameters/validators/directory';
import * as network from '../../../src/parameters/validators/network';
import * as windows from '../../../src/parameters/validators/windows';

const families = { directory, network, windows };

describe('validator families (what a page loads for its parameters)', () => {
  it('each type is in the family VALIDATOR_FAMILY names, and in no other', () => {
    for (const [type, family] of Object.entries(VALIDATOR_FAMILY) as Array<[ParameterType, keyof typeof families]>) {
      for (const [name, module] of Object.entries(families)) expect(Object.hasOwn(module.validators, type), `${type} in ${name}`).toBe(name === family);
    }
  });

  it('a family\'s validator checks a value as validateValue does, common checks included', () => {
    for (const parameter of PARAMETERS) {
      if (parameter.kind !== 'input') continue;
      const validator = (families[VALIDATOR_FAMILY[parameter.type]].validators as Partial<Record<ParameterType, (text: string) => unknown>>)[parameter.type];
      expect(validator).toBeDefined();
      for (const value of [parameter.example, ` ${parameter.example} `, `${parameter.example}\u200B`, `${parameter.example}\nx`, 'x']) {
        expect(checkValue(validator as Parameters<typeof checkValue>[0], value)).toEqual(validateValue(parameter.type, value));
      }
    }
  });

  it('derives the prefix\'s addresses as the registry does', () => {
    for (const parameter of PARAMETERS) {
      if (parameter.kind !== 'derived') continue;
      const source = parameter.from[0]!;
      expect(network.addressInPrefix('2001:db8:1f0a:65b::/64', parameter.addressId)).toBe(parameter.derive({ [source]: '2001:db8:1f0a:65b::/64' }));
    }
  });
});

describe('url-codec (a page\'s own inputs)', () => {
  const inputs = [
    { name: 'accountName', example: 'CONTOSO\\x' },
    { name: 'domainName', example: 'contoso.com' },
  ];

  it('writes the values that differ from the examples, in the page\'s order', () => {
    expect(encodeValuesOf({ domainName: 'a.com', accountName: 'A\\b', other: 'z' }, inputs)).toBe('?accountName=A%5Cb&domainName=a.com');
    expect(encodeValuesOf({ accountName: 'CONTOSO\\x' }, inputs)).toBe('');
  });

  it('reads only the page\'s inputs', () => {
    expect(decodeValuesOf('?accountName=A%5Cb&cloudGroupOU=OU%3Dx&__proto__=y', ['accountName'])).toEqual({ accountName: 'A\\b' });
  });
});
