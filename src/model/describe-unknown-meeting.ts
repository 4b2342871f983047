import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import type { Meeting } from './model-types.js';

/**
 * "no meeting X", with what was probably meant: the meeting files of that name in other folders
 * (`2026-12-10.md` typed at the repository's top), else the nearest meeting ids.
 */
export function describeUnknownMeeting(meetings: readonly Meeting[], name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name;
  const files = base.endsWith('.md') ? meetings.filter((m) => m.file.endsWith(`/${base}`)).map((m) => m.file) : [];
  const hint = files.length
    ? ` (did you mean ${files.map((f) => `"${f}"`).join(', or ')}? files are named from the repository's top or the current folder)`
    : formatDidYouMean(
        name,
        meetings.map((m) => m.id),
      );
  return `no meeting "${name}"${hint}`;
}
