/** Validators of Windows names and paths: connections, folders, IIS sites. */
import { BOTH_SHELLS, PS_DOUBLE_QUOTE } from '../characters';
import type { ParameterType } from '../types';
import { fail, firstOf, pass, type Validator, type ValueCheck } from '../validation';

/** A connection name, read by netsh from a line that cmd.exe or PowerShell may read. */
export function interfaceName(text: string): ValueCheck {
  if (text === '') return fail({ code: 'interfaceEmpty' });
  if (text.length > 256) return fail({ code: 'interfaceTooLong' });
  const bad = firstOf(text, '', BOTH_SHELLS);
  if (bad) return fail({ code: 'interfaceCharacter', character: bad });
  // netsh reads name=value anywhere on its line as an option, quoted or not.
  if (text.includes('=')) return fail({ code: 'interfaceEquals' });
  if (text.endsWith('\\')) return fail({ code: 'interfaceBackslash' });
  return pass(text);
}

export function windowsPath(text: string): ValueCheck {
  if (!/^[A-Za-z]:\\/.test(text)) return fail({ code: 'pathDrive' });
  // [ ] are wildcards for Set-Location and Import-Module -Name, as * and ? are for every command.
  const bad = firstOf(text.slice(2), '<>"|?*%:/[]', PS_DOUBLE_QUOTE);
  if (bad) return fail({ code: 'pathCharacter', character: bad });
  const trimmed = text.length > 3 ? text.replace(/\\+$/, '') : text;
  const components = trimmed.slice(3).split('\\');
  if (trimmed.length > 3 && components.some((component) => component === '')) return fail({ code: 'pathDoubleBackslash' });
  const badEnd = components.find((component) => /[ .]$/.test(component) && component !== '.' && component !== '..');
  if (badEnd) return fail({ code: 'pathFolderEnd', folder: badEnd });
  if (components.some((component) => component === '.' || component === '..')) return fail({ code: 'pathDots' });
  if (trimmed.length > 259) return fail({ code: 'pathTooLong' });
  return pass(trimmed);
}

/**
 * Folders that any signed-in user (or process) can write to. A guide that imports a module from a
 * folder would run, as administrator, whatever such a user put there. Not a complete list (a folder a
 * user created at the root of a drive is writable by that user too): the parameter is also one that
 * a link cannot set (registry.ts, typedOnly), so the reader always types it.
 */
const USER_WRITABLE = /^[A-Z]:\\(Users|Documents and Settings|ProgramData|Windows\\(Temp|Tasks|Tracing)|Temp|Tmp|\$Recycle\.Bin|Public)(\\|$)/i;

/** The folder a program is installed in, from which the guide imports code: a full local path, in no folder users can write to. */
export function programFolder(text: string): ValueCheck {
  const check = windowsPath(text);
  if (!check.ok) return check;
  // 8.3 short names (PROGRA~3 is ProgramData) would slip past the list below.
  if (check.value.includes('~')) return fail({ code: 'folderShortName' });
  if (check.value.length <= 3) return fail({ code: 'folderDriveRoot' });
  if (USER_WRITABLE.test(check.value)) return fail({ code: 'folderUserWritable', folder: check.value });
  return check;
}

export function iisSiteName(text: string): ValueCheck {
  if (text === '') return fail({ code: 'siteEmpty' });
  if (text.length > 259) return fail({ code: 'siteTooLong' });
  const bad = firstOf(text, '\\/?;:@&=+,|<>', BOTH_SHELLS);
  if (bad) return fail({ code: 'siteCharacter', character: bad });
  return pass(text);
}

/** The validators of this family, by type (src/parameters/types.ts: VALIDATOR_FAMILY). */
export const validators = { interfaceName, windowsPath, programFolder, iisSiteName } satisfies Partial<Record<ParameterType, Validator>>;
