import { describeUnknownMeeting } from '../model/describe-unknown-meeting.js';
import { matchMeetings } from '../model/match-meetings.js';
import type { Meeting } from '../model/model-types.js';

/** The meetings a build names, and the names that match none (each with a suggestion). */
export interface MeetingSelection {
  meetings: Meeting[];
  unknown: string[];
}

/** Resolve names to meetings: an id (board-2019-06-20), a file path (board/2019-06-20.md), or a date (every body's meeting that day). */
export function selectMeetings(
  meetings: readonly Meeting[],
  names: readonly string[],
  all: boolean,
  root: string,
  cwd: string,
): MeetingSelection {
  if (all) return { meetings: [...meetings], unknown: [] };
  const chosen = new Set<Meeting>();
  const unknown: string[] = [];
  for (const name of names) {
    const found = matchMeetings(meetings, name, root, cwd);
    if (found.length === 0) unknown.push(describeUnknownMeeting(meetings, name));
    for (const m of found) chosen.add(m);
  }
  return { meetings: meetings.filter((m) => chosen.has(m)), unknown };
}
