import type { PageParameters } from './page-state';
import { derivedParametersOf, getParameter, type InputParameter } from './registry';
import { validateValue } from './types';

/**
 * A page's parameters from the registry, by input name (build time, tests): what the browser reads from
 * the page's HTML instead (components/parameter-form/controller.ts), so as to load no registry.
 */
export function pageParameters(names: readonly string[]): PageParameters {
  const inputs = names.map((name) => getParameter(name)).filter((parameter): parameter is InputParameter => parameter?.kind === 'input');
  return {
    inputs: inputs.map((parameter) => ({
      name: parameter.name,
      example: parameter.example,
      typedOnly: parameter.typedOnly === true,
      check: (raw: string) => validateValue(parameter.type, raw),
    })),
    derived: derivedParametersOf(inputs.map((parameter) => parameter.name)),
  };
}
