/** A fenced code block of a guide's MDX source. */
export interface SourceCodeBlock {
  language: string;
  meta: string;
  code: string;
  /** 1-based line of the block's first code line in the MDX body (frontmatter excluded). */
  line: number;
  /** Characters of list indentation removed from each code line. */
  indent: number;
}

/** Finds the fenced code blocks (``` or ~~~, possibly indented inside list items) of an MDX body. */
export function findCodeBlocks(body: string): SourceCodeBlock[] {
  const lines = body.split('\n');
  const blocks: SourceCodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*(.*)$/.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', language = '', meta = ''] = open;
    const code: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const line = lines[end] ?? '';
      if (line.trim().startsWith(fence[0]!.repeat(fence.length)) && line.trim().replace(new RegExp(`^\\${fence[0]}+`), '') === '') break;
      code.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ language: language.toLowerCase() || 'text', meta: meta.trim(), code: code.join('\n'), line: index + 2, indent: indent.length });
    index = end;
  }
  return blocks;
}
