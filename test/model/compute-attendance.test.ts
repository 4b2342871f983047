import { describe, expect, it } from 'vitest';
import { computeAttendance, tallyRecords } from '../../src/model/compute-attendance.js';
import type { Attendee, Body, Meeting, Membership } from '../../src/model/model-types.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS } from '../helpers/make-temp-repo.js';

const src = { file: 'x', path: [] };
const person = (id: string): Attendee => ({ personId: id, name: id.toUpperCase() });
const seat = (personId: string, from: string, until?: string): Membership => ({
  personId,
  bodyId: 'board',
  role: 'member',
  from,
  until,
  src,
});

function meeting(date: string, fields: Partial<Meeting>): Meeting {
  return {
    id: `board-${date}`,
    file: `board/${date}.md`,
    bodyId: 'board',
    date,
    time: '10:00',
    status: 'minutes-approved',
    municipalYear: Number(date.slice(0, 4)) - (date.slice(5) < '05-01' ? 1 : 0),
    items: [],
    present: [],
    alsoPresent: [],
    apologies: [],
    declarations: [],
    chairs: [],
    updates: [],
    hasMinutes: true,
    ...fields,
  };
}

describe('computeAttendance', () => {
  it('counts expected, present, substitute, in attendance, apologies and absent per municipal year', () => {
    const body = { id: 'board', memberships: [seat('ann', '2020-05-01'), seat('bob', '2020-05-01', '2021-06-30')] };
    const meetings = [
      meeting('2020-06-01', {
        present: [person('ann')],
        apologies: [{ person: person('bob'), substitute: person('cy') }],
      }),
      meeting('2021-03-01', { present: [person('bob')], alsoPresent: [person('cy')] }),
      // Cancelled, and not yet held: nobody is expected.
      meeting('2021-04-01', { cancelled: true }),
      meeting('2021-06-01', { status: 'agenda-published', hasMinutes: false }),
      meeting('2021-07-01', { apologies: [{ person: person('ann') }] }),
      meeting('2021-09-01', {}),
    ];
    const all = computeAttendance({ meetings, bodies: new Map([['board', body as unknown as Body]]) });
    const ann = all.get('ann')!;
    expect(ann.records.map((r) => r.outcome)).toEqual(['present', 'absent', 'apologies', 'absent']);
    expect(ann.years.map((y) => [y.municipalYear, y.tally.expected])).toEqual([
      [2020, 2],
      [2021, 2],
    ]);
    expect(ann.total).toEqual({
      expected: 4,
      present: 1,
      presentAsSubstitute: 0,
      inAttendance: 0,
      apologies: 1,
      absent: 2,
    });
    const bob = all.get('bob')!;
    expect(bob.records[0]).toMatchObject({ outcome: 'apologies', substitute: 'CY' });
    // Bob's seat ended on 30 June 2021: not expected at the later meetings.
    expect(bob.total).toMatchObject({ expected: 2, present: 1, apologies: 1, absent: 0 });
    const cy = all.get('cy')!;
    expect(cy.records.map((r) => [r.outcome, r.substituteFor])).toEqual([
      ['substitute', 'BOB'],
      ['in-attendance', undefined],
    ]);
    expect(cy.total).toMatchObject({ expected: 0, presentAsSubstitute: 1, inAttendance: 1 });
    expect(tallyRecords([])).toMatchObject({ expected: 0 });
  });

  it('agrees with a count by hand on the bundled repository', async () => {
    const { repository } = await checkRepository(BUNDLED_MEETINGS, { bodies: 'outline' });
    const all = computeAttendance(repository!);
    // Counted by hand from board/2014-06-13.md, 2019-03-14.md and 2021-09-09.md (the meetings with minutes)
    // and the memberships in roster.yaml:
    // Rob Vale: present 13 June 2014, apologies 14 March 2019, present 9 September 2021.
    expect(all.get('rob-vale')!.total).toEqual({
      expected: 3,
      present: 2,
      presentAsSubstitute: 0,
      inAttendance: 0,
      apologies: 1,
      absent: 0,
    });
    expect(all.get('rob-vale')!.years.map((y) => y.municipalYear)).toEqual([2014, 2018, 2021]);
    // Amanda Mumford: a member on 14 March 2019 but in no list (absent); apologies on 9 September 2021.
    expect(all.get('amanda-mumford')!.total).toMatchObject({ expected: 2, present: 0, apologies: 1, absent: 1 });
    // Chloe Todd: present in 2019; in 2021 apologies, with Mimi Morris-Cotterill as substitute.
    expect(all.get('chloe-todd')!.records.map((r) => [r.date, r.outcome, r.substitute])).toEqual([
      ['2019-03-14', 'present', undefined],
      ['2021-09-09', 'apologies', 'Mimi Morris-Cotterill'],
    ]);
    // Michael Still substituted for two members at one meeting: one meeting, counted once.
    expect(all.get('michael-still')!.total).toMatchObject({ expected: 0, presentAsSubstitute: 1 });
    // Lisa Ramsell: substitute for Katie Nash (and also listed as also present), 14 March 2019.
    expect(all.get('lisa-ramsell')!.records).toMatchObject([{ outcome: 'substitute', substituteFor: 'Katie Nash' }]);
    // James Cleverly: apologies at his only meeting.
    expect(all.get('james-cleverly')!.total).toMatchObject({ expected: 1, apologies: 1 });
  });
});
