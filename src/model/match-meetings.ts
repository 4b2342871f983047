import path from 'node:path';
import type { Meeting } from './model-types.js';

/**
 * The meetings a name on the command line means: an id (board-2019-06-20), a file as the repository
 * names it (board/2019-06-20.md) or as the user typed it from `cwd`, or a date (every body's meeting that day).
 */
export function matchMeetings(meetings: readonly Meeting[], name: string, root: string, cwd: string): Meeting[] {
  const typed = name.replace(/\\/g, '/').replace(/^\.\//, '');
  const fromCwd = path.relative(root, path.resolve(cwd, name)).split(path.sep).join('/');
  return meetings.filter((m) => m.id === typed || m.date === typed || m.file === typed || m.file === fromCwd);
}
