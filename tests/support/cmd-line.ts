/**
 * How cmd.exe and then a program read one command line, for tests of cmd.exe lines on a machine
 * without cmd.exe: what cmd.exe acts on outside "..." (its operators and % expansion), and the
 * arguments the program gets (the Microsoft C runtime's rules, which netsh, appcmd and dsacls use).
 */

/**
 * cmd.exe's operators and % expansions (also inside quotes), in order: what must not change when a value
 * changes. ! is left out: our scripts turn delayed expansion off (setlocal DisableDelayedExpansion, cmd /v:off).
 */
export function cmdShape(line: string): string[] {
  const shape: string[] = [];
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index]!;
    if (character === '%') shape.push(character);
    else if (character === '"') quoted = !quoted;
    else if (!quoted && character === '^') shape.push(`^${line[++index] ?? ''}`);
    else if (!quoted && '&|<>'.includes(character)) shape.push(character);
  }
  return shape;
}

/** The arguments a program gets from its command line (CommandLineToArgvW / the C runtime's rules). */
export function commandLineArguments(line: string): string[] {
  const argv: string[] = [];
  let current = '';
  let inArgument = false;
  let quoted = false;
  for (let index = 0; index < line.length; ) {
    const character = line[index]!;
    if (character === '\\') {
      let count = 0;
      while (line[index] === '\\') {
        count++;
        index++;
      }
      if (line[index] === '"') {
        current += '\\'.repeat(Math.floor(count / 2));
        if (count % 2 === 1) {
          current += '"';
          index++;
        }
      } else {
        current += '\\'.repeat(count);
      }
      inArgument = true;
    } else if (character === '"') {
      if (quoted && line[index + 1] === '"') {
        current += '"';
        index += 2;
      } else {
        quoted = !quoted;
        index++;
      }
      inArgument = true;
    } else if (!quoted && (character === ' ' || character === '\t')) {
      if (inArgument) argv.push(current);
      current = '';
      inArgument = false;
      index++;
    } else {
      current += character;
      inArgument = true;
      index++;
    }
  }
  if (inArgument) argv.push(current);
  return argv;
}

/**
 * How cmd.exe reads a .cmd runbook against its marker twin (ZZnameZZ in each place): the problems, none when
 * every line keeps the marker runbook's operators and each program line gets the same arguments with
 * `valueOf(name)` in each place. `places` counts the program lines that held a value (a guard for callers).
 */
export function cmdReadingProblems(template: string, text: string, valueOf: (name: string) => string): { problems: string[]; places: number } {
  const expectedLines = template.split('\r\n');
  const lines = text.split('\r\n');
  if (lines.length !== expectedLines.length) return { problems: [`${lines.length} lines where the marker runbook has ${expectedLines.length}`], places: 0 };
  const problems: string[] = [];
  let places = 0;
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, index) => item === b[index]);
  lines.forEach((line, index) => {
    const model = expectedLines[index]!;
    if (!same(cmdShape(line), cmdShape(model))) problems.push(`operators differ: ${line}`);
    // echo( lines print the step's code; >> lines append to the transcript: neither hands a value to a program.
    if (/ZZ\w+?ZZ/.test(model) && !line.startsWith('echo(') && !line.startsWith('>>')) {
      places++;
      const expected = commandLineArguments(model).map((argument) => argument.replace(/ZZ(\w+?)ZZ\u0436?/g, (_marker, name: string) => valueOf(name)));
      if (!same(commandLineArguments(line), expected)) problems.push(`arguments differ: ${line}\n  got ${JSON.stringify(commandLineArguments(line))}\n  expected ${JSON.stringify(expected)}`);
    }
  });
  return { problems, places };
}
