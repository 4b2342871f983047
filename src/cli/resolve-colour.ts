/**
 * Whether to colour output on `stream`. FORCE_COLOR, when set, decides (force-color.org, as Node reads it):
 * 0 or false turns colour off; 1, 2, 3, true or empty turns it on. Otherwise NO_COLOR present and not empty
 * turns it off (no-color.org). Otherwise colour only on a terminal that is not TERM=dumb.
 */
export function resolveColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return false;
    if (['', '1', '2', '3', 'true'].includes(force.toLowerCase())) return true;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
