/**
 * The width a table must fit on `stream`: a terminal's own width; COLUMNS when the user set it; otherwise
 * no limit, so that piped output is printed in full.
 */
export function measureTerminal(
  stream: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv = process.env,
): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : Number.POSITIVE_INFINITY;
}
