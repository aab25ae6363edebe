import { PARAMETERS, type InputParameter } from './registry';
import { decodeValuesOf, encodeValuesOf } from './url-codec';

/** Every input parameter of the registry, in its order: the links of build-time code and step progress. */
const INPUTS = (PARAMETERS as readonly { kind: string }[]).filter((parameter): parameter is InputParameter => parameter.kind === 'input');
const NAMES = INPUTS.map((parameter) => parameter.name);

/** The query string for the values that differ from the examples (`?accountName=CONTOSO%5CAAD_7f3a2b1c`), or "". */
export function encodeValues(values: Readonly<Record<string, string>>): string {
  return encodeValuesOf(values, INPUTS);
}

/** Reads the values of any input parameter from a query string (untrusted: see decodeValuesOf). */
export function decodeValues(search: string): Record<string, string> {
  return decodeValuesOf(search, NAMES);
}
