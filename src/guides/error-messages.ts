/** An `<ErrorMessage>` element found in a guide's MDX source. */
export interface ErrorMessageElement {
  text: string;
  line: number;
}

/** Finds the `<ErrorMessage>…</ErrorMessage>` elements of an MDX body, with their 1-based line numbers. */
export function findErrorMessageElements(body: string): ErrorMessageElement[] {
  const found: ErrorMessageElement[] = [];
  for (const match of body.matchAll(/<ErrorMessage>([\s\S]*?)<\/ErrorMessage>/g)) {
    const text = normaliseErrorText(match[1] ?? '');
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ text, line });
  }
  return found;
}

/** Folds white space so an error message wrapped over several source lines compares equal. */
export function normaliseErrorText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Compares the frontmatter list with the elements in the body; returns one sentence per mismatch. */
export function checkErrorMessages(listed: readonly string[], elements: readonly ErrorMessageElement[]): string[] {
  const problems: string[] = [];
  const shown = new Set(elements.map((element) => element.text));
  const declared = new Set(listed.map(normaliseErrorText));
  for (const message of declared) {
    if (!shown.has(message)) problems.push(`errorMessages lists "${message}" but no <ErrorMessage> in the body shows it.`);
  }
  for (const element of elements) {
    if (!declared.has(element.text)) {
      problems.push(`line ${element.line}: <ErrorMessage>${element.text}</ErrorMessage> is not listed in the frontmatter's errorMessages.`);
    }
  }
  return problems;
}

/** A stable anchor id for an error message, so the error index can link to the exact place. */
export function errorMessageId(text: string): string {
  const slug = normaliseErrorText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `error-${slug || 'message'}`;
}
