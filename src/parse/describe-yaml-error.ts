import type { YAMLError } from 'yaml';

/** A YAML parser error in the clerk's words: what is wrong on this line, and how to put it right. */
export interface YamlErrorWording {
  message: string;
  hint: string;
}

/**
 * Word a YAML syntax error for a clerk. The parser's own text (which speaks of "implicit keys" and
 * "compact mappings") is kept only as a detail at the end of the hint, for whoever needs it. Lines are
 * counted in the file, whose line `firstFileLine` is the YAML text's first.
 */
export function describeYamlError(error: YAMLError, text: string, firstFileLine = 1): YamlErrorWording {
  const at = error.pos[0];
  const line = lineOf(text, at) + firstFileLine - 1;
  const found = previousContentLine(text, at);
  const above = found && { number: found.number + firstFileLine - 1, indent: found.indent };
  const detail = ` (The YAML parser says: ${firstLine(error.message)}.)`;
  const lineUp = above
    ? `Line it up with the lines it belongs with (line ${above.number} above starts at column ${above.indent + 1}), using spaces only.`
    : 'Indent it with spaces only, like the lines it belongs with.';
  const message = ((): YamlErrorWording => {
    if (error.code === 'TAB_AS_INDENT') {
      return {
        message: 'a tab indents this line',
        hint: 'YAML indents with spaces only: replace the tab with spaces.',
      };
    }
    if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
      return {
        message: 'a quotation mark opened here is never closed',
        hint: 'Close the quote at the end of the value, or remove it (text needs quotes only when it holds ": " or " #").',
      };
    }
    if (error.code === 'MISSING_CHAR') {
      return { message: 'a bracket opened here is never closed', hint: 'Close the "[" with "]" (or "{" with "}").' };
    }
    if (error.code === 'BAD_INDENT' || /same column|indent/i.test(error.message)) {
      if (!above) return { message: 'this line is indented differently from the lines around it', hint: lineUp };
      return {
        message: `this line is indented differently from line ${above.number} above it`,
        hint: `The keys of one mapping, and the "- " of one list, start at the same column: indent this line like line ${above.number} (column ${above.indent + 1}), or line ${above.number} like this one, with spaces only.`,
      };
    }
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || /compact mappings|implicit map key/i.test(error.message)) {
      return { message: 'this line is indented more, or less, than the list or key it belongs to', hint: lineUp };
    }
    if (error.code === 'MULTILINE_IMPLICIT_KEY') {
      return {
        message: `line ${line} does not read as "key: value"`,
        hint: 'Usually a ":" is missing after a key, or the line is indented more than the key above it expects; text holding ": " needs quotes.',
      };
    }
    if (error.code === 'BAD_SCALAR_START') {
      return { message: 'this value starts with a character YAML keeps for itself', hint: 'Put the value in quotes.' };
    }
    if (error.code === 'BAD_DQ_ESCAPE') {
      return {
        message: 'a backslash in double quotes starts an escape that does not exist',
        hint: 'Use single quotes, or write the backslash twice.',
      };
    }
    return {
      message: 'YAML cannot read this line',
      hint: 'Check the indentation (spaces only), the ":" after each key, and that quotes and brackets are closed.',
    };
  })();
  return { message: message.message, hint: message.hint + detail };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The nearest line above `offset` that holds YAML (not blank, not a comment), with its indentation. */
function previousContentLine(text: string, offset: number): { number: number; indent: number } | undefined {
  const lines = text.slice(0, text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1).split('\n');
  lines.pop();
  for (let i = lines.length - 1; i >= 0; i--) {
    const trimmed = lines[i].trim();
    if (trimmed && !trimmed.startsWith('#'))
      return { number: i + 1, indent: lines[i].length - lines[i].trimStart().length };
  }
  return undefined;
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
}
