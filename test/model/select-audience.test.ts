import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAudience } from '../../src/model/select-audience.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';

const TITLE = 'Update on the Home Office locality review report on serious violence and gangs in Bromley';

/** The bundled repository with minute 64 of 14 March 2019 made exempt and a canary in every field it carries. */
function plantCanaries(): string {
  return copyRepo(BUNDLED_MEETINGS, {
    'board/2019-03-14.md': (text) =>
      text
        .replace(
          `  - title: ${TITLE}\n    resolutions:\n      - text: the update is noted and a further update is provided at the next meeting.\n`,
          `  - title: ${TITLE}\n    exempt: { paragraph: 3, reason: CanaryReasonQX }\n    description: CanaryDescriptionQX\n    reportNumber: CanaryReportQX\n    resolutions:\n      - text: CanaryResolutionQX is agreed.\n        id: board-canaryidqx\n        due: "2019-06-20"\n`,
        )
        .replace('The Locality Review update was provided by Amanda Mumford.', 'CanaryNarrativeQX was reported.'),
    'board/2019-06-20.md': (text) =>
      text
        .replace('  - action: board-2019-03-14-m64\n', '  - action: board-canaryidqx\n')
        .replace('The item will be updated upon by Betty McDonald', 'CanaryUpdateQX'),
    'board/2021-09-09.md': (text) =>
      text.replace('  - action: board-2019-03-14-m64\n', '  - action: board-canaryidqx\n'),
  });
}

/** Everything in a repository model that an output could print, as one string. */
function dump(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v instanceof Map ? [...v.entries()] : v));
}

describe('selectAudience', () => {
  it('gives the public only the number, minute, title and paragraph of an exempt item and its actions', async () => {
    const dir = plantCanaries();
    const { repository, diagnostics } = await checkRepository(dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const members = dump(selectAudience(repository!, 'members'));
    const pub = selectAudience(repository!, 'public');
    const publicText = dump(pub);
    for (const canary of ['Reason', 'Description', 'Report', 'Resolution', 'idqx', 'Narrative', 'Update']) {
      expect(members.toLowerCase()).toContain(canary.toLowerCase());
      expect(publicText.toLowerCase(), canary).not.toContain(`canary${canary.toLowerCase()}`);
    }
    const march = pub.meetings.find((m) => m.id === 'board-2019-03-14')!;
    const item = march.items.find((i) => i.title === TITLE)!;
    expect(item).toMatchObject({ minute: '64', exempt: { paragraph: 3 }, resolutions: [], narrative: [] });
    const action = [...pub.actions.values()].find((a) => a.meetingId === 'board-2019-03-14' && a.minute === '64')!;
    expect(action).toMatchObject({ id: 'board-2019-03-14-m64-exempt', text: '', owners: [], updates: [] });
    // The update written at a later, public meeting on the exempt action is withheld there too.
    const june = pub.meetings.find((m) => m.id === 'board-2019-06-20')!;
    expect(june.updates.map((u) => u.actionId)).not.toContain('board-canaryidqx');
    // The members' view is the repository itself, untouched.
    expect(selectAudience(repository!, 'members')).toBe(repository);
    expect(path.isAbsolute(pub.root)).toBe(true);
  });

  it("withholds a Part 2 paper of a public item, and sub-items inherit their parent item's exemption", async () => {
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'papers/2019-06-20/domestic-abuse-sub-group.md': (text) =>
        text.replace('---\n', '---\npart: 2\nexemptParagraph: 1\n').concat('\nCanaryPaperQX\n'),
      'board/2019-06-20.md': (text) =>
        text.replace(
          '  - title: Reports from sub-groups\n',
          '  - title: Reports from sub-groups\n    exempt: { paragraph: 2 }\n',
        ),
    });
    const { repository } = await checkRepository(dir);
    const pub = selectAudience(repository!, 'public');
    expect(dump(pub)).not.toContain('CanaryPaperQX');
    expect(dump(repository)).toContain('CanaryPaperQX');
    const june = pub.meetings.find((m) => m.id === 'board-2019-06-20')!;
    const subGroups = june.items.find((i) => i.title === 'Reports from sub-groups')!;
    expect(subGroups.items.map((s) => s.exempt?.paragraph)).toEqual([2, 2, 2, 2, 2]);
    expect(subGroups.items.flatMap((s) => s.papers)).toEqual(
      subGroups.items.map((s) => ({ type: 'withheld', paragraph: 2, src: s.papers[0].src })),
    );
  });

  it('marks what it withheld, and maps a public resolution superseding an exempt action to its public id', async () => {
    const dir = copyRepo(plantCanaries(), {
      'board/2019-06-20.md': (text) =>
        text.replace(
          '  - title: Police update\n',
          '  - title: Police update\n    resolutions:\n      - text: a new plan replaces the old one.\n        owners: [RV]\n        supersedes: board-canaryidqx\n',
        ),
    });
    const { repository } = await checkRepository(dir);
    const pub = selectAudience(repository!, 'public');
    const june = pub.meetings.find((m) => m.id === 'board-2019-06-20')!;
    const police = june.items.find((i) => i.title === 'Police update')!;
    expect(police.resolutions[0].supersedes).toBe('board-2019-03-14-m64-exempt');
    expect(dump(pub)).not.toContain('canaryidqx');
    const withheld = [...pub.actions.values()].find((a) => a.minute === '64' && a.meetingId === 'board-2019-03-14')!;
    expect(withheld).toMatchObject({ withheld: true, status: 'superseded', index: 1 });
    const march = pub.meetings.find((m) => m.id === 'board-2019-03-14')!;
    expect(march.items.find((i) => i.title === TITLE)?.withheld).toBe(true);
    expect(march.items.filter((i) => i.withheld)).toHaveLength(1);
  });
});
