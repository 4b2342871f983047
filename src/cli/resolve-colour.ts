/**
 * Whether to colour output on `stream`. NO_COLOR present and not empty turns colour off, always
 * (no-color.org). Otherwise FORCE_COLOR, when set, decides: 0 or false off; 1, 2, 3, true or empty on,
 * even when piped. Otherwise colour only on a terminal that is not TERM=dumb.
 */
export function resolveColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR?.toLowerCase();
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && ['', '1', '2', '3', 'true'].includes(force)) return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
