import { describe, expect, it } from 'vitest';
import { derivedParametersOf, exampleValues, getParameter, PARAMETERS } from '../../../src/parameters/registry';
import { validateValue } from '../../../src/parameters/types';
import { PARAMETER_TEXT } from '../../../src/parameters/descriptions';

describe('the parameter registry', () => {
  it('has words for every parameter and for nothing else', () => {
    expect(Object.keys(PARAMETER_TEXT).sort()).toEqual(PARAMETERS.map((p) => p.name).sort());
  });

  it('has unique names', () => {
    const names = PARAMETERS.map((parameter) => parameter.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(PARAMETERS.filter((p) => p.kind === 'input').map((p) => [p.name, p] as const))('%s: its example passes its own validation, canonical as written', (_name, parameter) => {
    if (parameter.kind !== 'input') throw new Error('input expected');
    expect(validateValue(parameter.type, parameter.example)).toEqual({ ok: true, value: parameter.example });
    const text = PARAMETER_TEXT[parameter.name as keyof typeof PARAMETER_TEXT];
    expect(text.label.length).toBeGreaterThan(3);
    expect(text.help.length).toBeGreaterThan(20);
  });

  it('derives the tunnel endpoints ::1 and ::2 and the router address from the prefixes', () => {
    const derive = (name: string, values: Record<string, string>): string | undefined => {
      const parameter = getParameter(name);
      if (parameter?.kind !== 'derived') throw new Error(`${name} is not derived`);
      return parameter.derive(values);
    };
    expect(derive('tunnelServerIPv6', { tunnelPrefix: '2001:470:1f08:65b::/64' })).toBe('2001:470:1f08:65b::1');
    expect(derive('tunnelClientIPv6', { tunnelPrefix: '2001:470:1f08:65b::/64' })).toBe('2001:470:1f08:65b::2');
    expect(derive('routerLanIPv6', { routedPrefix: '2001:470:1f09:65b::/64' })).toBe('2001:470:1f09:65b::1');
    expect(derive('tunnelServerIPv6', { tunnelPrefix: 'not a prefix' })).toBeUndefined();
  });

  it('derived examples agree with the input examples', () => {
    const examples = exampleValues();
    for (const parameter of PARAMETERS) {
      if (parameter.kind === 'derived') expect(parameter.derive(examples)).toBe(parameter.example);
    }
  });

  it('lists the derived parameters a set of inputs can compute', () => {
    expect(derivedParametersOf(['tunnelPrefix']).map((p) => p.name)).toEqual(['tunnelServerIPv6', 'tunnelClientIPv6']);
    expect(derivedParametersOf(['accountName'])).toEqual([]);
  });
});
