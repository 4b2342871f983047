import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { planDraftMinutes } from '../../src/scaffold/plan-draft-minutes.js';
import { BUNDLED_MEETINGS } from '../helpers/make-temp-repo.js';

async function plan(id: string) {
  const { repository } = await checkRepository(BUNDLED_MEETINGS);
  const meeting = repository!.meetings.find((m) => m.id === id)!;
  const text = readFileSync(path.join(BUNDLED_MEETINGS, meeting.file), 'utf8');
  return { text, planned: planDraftMinutes(repository!, meeting, text) };
}

/** Whether every line of `before` is still in `after`, in order (text was only inserted, except `changed`). */
function keepsEveryLine(before: string, after: string, changed: (line: string) => boolean): boolean {
  const rest = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    if (changed(line)) continue;
    const found = rest.indexOf(line, at);
    if (found === -1) return false;
    at = found + 1;
  }
  return true;
}

describe('planDraftMinutes', () => {
  it('turns the 9 December 2021 agenda into draft minutes by inserting text only', async () => {
    const { text, planned } = await plan('board-2021-12-09');
    if (!planned.ok) throw new Error(planned.problem);
    expect(keepsEveryLine(text, planned.text, (l) => l.startsWith('status:'))).toBe(true);
    expect(planned.text).toContain('\nstatus: draft-minutes\n');
    // Expected attendance: the Board's members on the day, chairman first, ready to move to apologies.
    expect(planned.text).toMatch(/\nattendance:\n {2}present:\n {4}- [a-z-]+ # (Joint )?Chairman\n/);
    expect(planned.text).toContain('  alsoPresent: []\n  apologies: []\nitems:');
    // A heading per item with its minute number (the 2021/22 year: 9 September 2021 ran 28-40).
    expect(planned.headings).toBeGreaterThan(10);
    expect(planned.text).toMatch(/\n## 41 [^\n]+\n/);
    expect(planned.text).toMatch(/\n### 4\da [^\n]+\n/);
    // Every item can take its resolutions.
    const items = (planned.text.match(/^ +- title: /gm) ?? []).length;
    expect((planned.text.match(/^ +resolutions: \[\]$/gm) ?? []).length).toBeGreaterThanOrEqual(items - 1);
  });

  it('adds an update with empty text for every open action not yet updated, after the ones written', async () => {
    const { planned } = await plan('board-2019-06-20');
    if (!planned.ok) throw new Error(planned.problem);
    expect(planned.updates).toBe(1);
    expect(planned.text).toContain(
      '    completes: true\n  # Minute 74 Any other business, 14 March 2019; owners AM/RV\n  - action: board-2019-03-14-m74-2\n    text: ""\n---\n',
    );
  });

  it('refuses on anything but an agenda', async () => {
    const { planned } = await plan('board-2021-09-09');
    expect(planned).toMatchObject({
      ok: false,
      problem: 'board/2021-09-09.md is already minutes (status: minutes-approved)',
    });
  });
});
