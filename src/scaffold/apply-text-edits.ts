/** Text inserted at, or replacing, a range of a string. */
export interface TextEdit {
  at: number;
  end: number;
  text: string;
}

/** Apply edits to `text`, last first so earlier offsets stay valid; edits must not overlap. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at || b.end - a.end)) {
    out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** The offset of the end of the line holding `offset` (before its line break). */
export function lineEndAfter(text: string, offset: number): number {
  // A node's range may end just after its line break: step back onto the line itself.
  const from = offset > 0 && text[offset - 1] === '\n' ? offset - 1 : offset;
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** The column (0-based) at which `offset` stands on its line. */
export function indentOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
