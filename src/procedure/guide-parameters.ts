import { findCodeBlocks } from '../guides/code-blocks';
import { cmdMisreadings, findPlaceholders } from '../parameters/placeholders';
import { derivedParametersOf, getParameter, PARAMETERS } from '../parameters/registry';

/** A placeholder that names no parameter, where the author wrote it. */
export interface UnknownPlaceholder {
  name: string;
  /** 1-based, in the whole MDX file. */
  line: number;
  column: number;
}

/** The parameters a guide's code uses, in registry order. */
export interface GuideParameters {
  /** Input parameters the reader types, including those that feed derived values. */
  inputs: string[];
  /** Derived parameters whose placeholders the code uses. */
  derived: string[];
  unknown: UnknownPlaceholder[];
  /** Placeholders of cmd blocks that PowerShell reads in another kind of place than cmd.exe (placeholders.ts). */
  misread: UnknownPlaceholder[];
}

/**
 * Reads the placeholders of a guide's fenced code blocks. `bodyLine` is the file line on which
 * the MDX body starts, so that mistakes are reported where the author can fix them.
 */
export function parametersOfGuide(body: string, bodyLine: number): GuideParameters {
  const used = new Set<string>();
  const unknown: UnknownPlaceholder[] = [];
  const misread: UnknownPlaceholder[] = [];
  const at = (block: { line: number; indent: number }, placeholder: { name: string; line: number; column: number }): UnknownPlaceholder => ({
    name: placeholder.name,
    line: bodyLine - 1 + block.line - 1 + placeholder.line,
    column: block.indent + placeholder.column,
  });
  for (const block of findCodeBlocks(body)) {
    for (const placeholder of cmdMisreadings(block.language, block.code)) misread.push(at(block, placeholder));
    for (const placeholder of findPlaceholders(block.code)) {
      const parameter = getParameter(placeholder.name);
      if (!parameter) {
        unknown.push(at(block, placeholder));
        continue;
      }
      used.add(parameter.name);
      if (parameter.kind === 'derived') for (const source of parameter.from) used.add(source);
    }
  }
  const order = PARAMETERS.map((parameter) => parameter.name);
  const inputs = order.filter((name) => used.has(name) && getParameter(name)?.kind === 'input');
  const derived = derivedParametersOf(inputs)
    .map((parameter) => parameter.name)
    .filter((name) => used.has(name));
  return { inputs, derived, unknown, misread };
}

/** The file line on which the MDX body starts (after the frontmatter). */
export function bodyStartLine(fileSource: string, body: string): number {
  const at = fileSource.indexOf(body);
  return at < 0 ? 1 : fileSource.slice(0, at).split('\n').length;
}
