import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

describe('actions that reappear from a back-filled meeting', () => {
  it('warns of every open action, standing ones too, that has gone 3 meetings with no update', async () => {
    const { diagnostics } = await checkRepository(path.join(PROJECT_ROOT, 'test/fixtures/action-stale'));
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`)).toEqual([
      'action-stale board/2024-06-13.md:14 board-2024-06-13-m2-1 has been open for 3 meetings with no update since 13 June 2024',
      'action-stale board/2024-06-13.md:18 board-2024-06-13-m2-3 has been open for 3 meetings with no update since 13 June 2024',
    ]);
    // m2-2 was updated on 12 December 2024 (one meeting ago); m2-4 was completed.
    expect(diagnostics[0].hint).toBe(
      "Write an update on it in the next meeting's updates: (action: board-2024-06-13-m2-1), or complete it there (completes: true) if it is done.",
    );
  });

  it('flags the actions of the missing 29 November 2018 meeting when it is added to a copy of the bundled repository', async () => {
    const dir = copyRepo(BUNDLED_MEETINGS, {
      // Its file is now in the repository: the declaration goes.
      'board/2019-03-14.md': (t) =>
        t.replace(/previousMeeting:\n {2}date: "2018-11-29"\n {2}lastMinute: 56\n {2}minutes: none\n/, ''),
    });
    writeFileSync(
      path.join(dir, 'board/2018-11-29.md'),
      `---
body: board
date: "2018-11-29"
time: "10:00"
venue: Bromley Civic Centre
status: minutes-approved
previousMeeting: { date: "2018-09-13", lastMinute: 53, minutes: none }
items:
  - title: Apologies for absence
    kind: apologies
  - title: Police update
    resolutions:
      - text: a report on moped crime comes to a later meeting.
        owners: [RV]
  - title: Any other business
---

## Police update

The police update was given.
`,
    );
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.map((d) => `${d.code} ${d.file} ${d.message}`)).toEqual([
      'action-stale board/2018-11-29.md board-2018-11-29-m55 has been open for 4 meetings with no update since 29 November 2018',
    ]);
  });
});
