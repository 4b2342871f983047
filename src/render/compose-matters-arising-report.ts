import { groupMattersArising } from '../model/group-matters-arising.js';
import type { Meeting, Repository } from '../model/model-types.js';
import { reportMattersArising } from '../model/report-matters-arising.js';
import { type Audience, selectAudience } from '../model/select-audience.js';
import { walkItems } from '../model/walk-items.js';
import { nameBodyAt } from './describe-body.js';
import type { MattersArisingReport } from './format-matters-arising.js';

/** The Matters Arising report of a meeting for `audience`, as `sbp actions --report` prints it. */
export function composeMattersArisingReport(
  repository: Repository,
  meeting: Meeting,
  audience: Audience,
): MattersArisingReport {
  const view = selectAudience(repository, audience);
  const body = view.bodies.get(meeting.bodyId);
  // The report is titled as the agenda names it: the 2019 Strategic Group called it "Matters outstanding".
  const item = [...walkItems(meeting.items)].find(
    (i) =>
      i.kind === 'matters-arising' || i.papers.some((p) => p.type === 'generated' && p.generate === 'matters-arising'),
  );
  return {
    meeting,
    bodyName: body ? nameBodyAt(body, meeting.date).name : meeting.bodyId,
    title: item?.title ?? 'Matters Arising',
    rows: groupMattersArising(reportMattersArising(view, meeting)),
    noUpdate: view.config.mattersArising.noUpdate,
    audience,
  };
}
