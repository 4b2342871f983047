import type { Reporter } from '../diagnostics/report-at.js';
import type { Meeting } from '../model/model-types.js';
import { walkItems } from '../model/walk-items.js';
import type { MeetingFrontMatter } from './schemas/meeting-schema.js';

/** Report dates and times that cannot be so, a file named for another day or body, and a status that disagrees with the content. */
export function checkMeetingDates(meeting: Meeting, front: MeetingFrontMatter, reporter: Reporter): void {
  const at = (...path: (string | number)[]) => ({ file: meeting.file, path });
  const name = meeting.file.split('/').pop() ?? '';
  const folder = meeting.file.split('/').slice(-2, -1)[0];
  if (!name.startsWith(meeting.date)) {
    reporter.report(
      'file-name-mismatch',
      at('date'),
      `this file is named ${name} but its date is ${meeting.date}`,
      `Rename the file ${meeting.date}.md, or correct the date.`,
    );
  }
  if (folder !== meeting.bodyId) {
    reporter.report(
      'file-name-mismatch',
      at('body'),
      `this file is in the folder "${folder}" but its body is "${meeting.bodyId}"`,
      `Move it to ${meeting.bodyId}/, or correct body:.`,
    );
  }
  if (meeting.ended && meeting.ended <= meeting.time) {
    reporter.report(
      'date-impossible',
      at('ended'),
      `the meeting ended at ${meeting.ended}, not after it began at ${meeting.time}`,
      'Check both times use the 24-hour clock (2 pm is 14:00).',
    );
  }
  if (meeting.nextMeeting && meeting.nextMeeting.date <= meeting.date) {
    reporter.report(
      'date-impossible',
      at('nextMeeting', 'date'),
      `the next meeting (${meeting.nextMeeting.date}) is not after this one (${meeting.date})`,
      'Correct the year or month of the next meeting.',
    );
  }
  if (meeting.dispatched && meeting.dispatched > meeting.date) {
    reporter.report(
      'date-impossible',
      at('dispatched'),
      `the pack is dispatched on ${meeting.dispatched}, after the meeting on ${meeting.date}`,
      'Correct the dispatch date, or remove it to let sbp compute it.',
    );
  }
  if (!front.venue && !front.virtual) {
    reporter.report(
      'schema-invalid',
      at('date'),
      'the meeting has neither a venue nor a virtual stream link',
      'Add venue: (e.g. Committee Room 1 - Bromley Civic Centre) or virtual: { stream: https://... }.',
      'key',
    );
  }
  const minuted = meeting.hasMinutes || [...walkItems(meeting.items)].some((i) => i.resolutions.length);
  if (meeting.status === 'minutes-approved' || meeting.status === 'draft-minutes') {
    if (!minuted)
      reporter.report(
        'status-mismatch',
        at('status'),
        `status is ${meeting.status} but the file has no minutes`,
        'Write the minutes under a heading per item, or set status: agenda-published.',
      );
  } else if (minuted) {
    reporter.report(
      'status-mismatch',
      at('status'),
      `status is ${meeting.status} but the file already holds minutes`,
      'Set status: draft-minutes once the minutes are written.',
    );
  }
}
