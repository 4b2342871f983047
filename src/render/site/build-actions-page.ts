import { formatLongDate } from '../../model/format-date.js';
import type { Action, Body } from '../../model/model-types.js';
import { describeExemption } from '../describe-exemption.js';
import { linkOwners } from './build-attendee-links.js';
import { buildPageFrame } from './build-page-frame.js';
import { anchorMinute } from './build-site-minutes.js';
import { hasMattersArising } from './describe-site-meeting.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

/** The actions page of a body: open actions, then completed and superseded ones, each with its updates meeting by meeting. */
export function buildActionsPage(input: SiteInput, body: Body): SitePage {
  const { repository } = input;
  const page = sitePaths.bodyActions(body.id);
  const actions = [...repository.actions.values()].filter((a) => a.bodyId === body.id);
  const meetings = new Map(repository.meetings.map((m) => [m.id, m]));
  const reportedAt = (meetingId: string) => {
    const meeting = meetings.get(meetingId);
    return linkTo(
      page,
      sitePaths.meeting(meetingId),
      meeting && hasMattersArising(meeting) ? 'matters-arising' : undefined,
    );
  };
  const toView = (action: Action) => ({
    id: action.id,
    minute: action.minute,
    minuteHref: linkTo(page, sitePaths.meeting(action.meetingId), anchorMinute(action.minute)),
    date: formatLongDate(action.date),
    title: action.itemTitle,
    // The public view empties an exempt action; say why rather than print a blank.
    text: action.exempt ? describeExemption(action.exempt.paragraph) : action.text,
    exempt: action.exempt !== undefined,
    owners: linkOwners(repository, page, action.owners),
    due: action.due ? formatLongDate(action.due) : undefined,
    standing: action.standing,
    status:
      action.status === 'open'
        ? 'Open'
        : action.status === 'completed'
          ? `Completed ${action.closedOn ? formatLongDate(action.closedOn) : ''}`.trim()
          : `Superseded by ${action.supersededBy ?? 'a later resolution'}`,
    updates: action.updates.map((u) => ({
      href: reportedAt(u.meetingId),
      date: formatLongDate(u.date),
      text: u.text,
      completes: u.completes,
    })),
  });
  const heading = `Actions of the ${body.name}`;
  return {
    path: page,
    template: 'actions',
    searchable: false,
    view: {
      frame: buildPageFrame(repository, page, heading, {
        section: 'meetings',
        breadcrumbs: [
          { path: sitePaths.home, text: 'Home' },
          { path: sitePaths.body(body.id), text: body.name },
        ],
      }),
      open: actions.filter((a) => a.status === 'open').map(toView),
      closed: actions.filter((a) => a.status !== 'open').map(toView),
    },
  };
}
