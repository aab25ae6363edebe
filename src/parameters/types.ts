import { checkValue, type ValueCheck, type Validator } from './validation';
import { validators as directory } from './validators/directory';
import { validators as network } from './validators/network';
import { validators as windows } from './validators/windows';

export type { ValueCheck } from './validation';

/** The kinds of value a reader can type. */
export type ParameterType =
  | 'ntAccount'
  | 'distinguishedName'
  | 'dnsDomain'
  | 'ipv4'
  | 'publicIpv4'
  | 'ipv6'
  | 'ipv6Prefix64'
  | 'interfaceName'
  | 'windowsPath'
  | 'programFolder'
  | 'connectorName'
  | 'iisSiteName';

/** The module (src/parameters/validators/<family>.ts) that holds a type's validator: what a page loads for it. */
export type ValidatorFamily = 'directory' | 'network' | 'windows';

export const VALIDATOR_FAMILY: Record<ParameterType, ValidatorFamily> = {
  ntAccount: 'directory',
  distinguishedName: 'directory',
  dnsDomain: 'directory',
  connectorName: 'directory',
  ipv4: 'network',
  publicIpv4: 'network',
  ipv6: 'network',
  ipv6Prefix64: 'network',
  interfaceName: 'windows',
  windowsPath: 'windows',
  programFolder: 'windows',
  iisSiteName: 'windows',
};

const VALIDATORS: Record<ParameterType, Validator> = { ...directory, ...network, ...windows };

/** Checks a value typed by a reader (or taken from a link) and gives its canonical form. */
export function validateValue(type: ParameterType, raw: string): ValueCheck {
  return checkValue(VALIDATORS[type], raw);
}
