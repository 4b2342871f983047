import { describe, expect, it } from 'vitest';
import { decidePreviousMeeting } from '../../src/model/decide-previous-meeting.js';
import type { DeclaredPreviousMeeting, Meeting } from '../../src/model/model-types.js';
import { makeMeeting } from './make-meeting.js';

/** A meeting of the board whose agenda items carry the given minute numbers (municipal years start 1 May). */
function meetingOf(
  date: string,
  firstMinute: number,
  options: { minutes?: boolean; declared?: Partial<DeclaredPreviousMeeting> } = {},
): Meeting {
  const meeting = makeMeeting(
    'board',
    date,
    [0, 1, 2].map((i) => ({ minute: String(firstMinute + i), title: `Item ${i + 1}` })),
  );
  meeting.municipalYear = date.slice(5) >= '05-01' ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
  meeting.hasMinutes = options.minutes ?? true;
  if (options.declared) {
    const d = options.declared.date ?? '';
    meeting.declaredPrevious = {
      date: d,
      municipalYear: d.slice(5) >= '05-01' ? Number(d.slice(0, 4)) : Number(d.slice(0, 4)) - 1,
      src: { file: meeting.file, path: ['previousMeeting'] },
      ...options.declared,
    };
  }
  return meeting;
}

describe('decidePreviousMeeting, the one decision of "the previous meeting of this meeting"', () => {
  it("takes the body's latest earlier meeting in the repository, with its minutes once written", () => {
    const june = meetingOf('2024-06-13', 1);
    const sept = meetingOf('2024-09-12', 4, { minutes: false });
    const dec = meetingOf('2024-12-12', 7);
    const meetings = [june, sept, dec];
    expect(decidePreviousMeeting(meetings, sept)).toMatchObject({
      date: '2024-06-13',
      meeting: june,
      minutes: { type: 'meeting', meeting: june },
      problems: [],
    });
    expect(decidePreviousMeeting(meetings, dec)).toMatchObject({
      meeting: sept,
      minutes: { type: 'none', why: 'not-written' },
    });
    // Another body's meetings never count.
    const other = { ...meetingOf('2024-11-14', 1), bodyId: 'sub-group' };
    expect(decidePreviousMeeting([...meetings, other], dec).meeting).toBe(sept);
    // A meeting being planned (no items yet) follows the latest one.
    expect(decidePreviousMeeting(meetings, { bodyId: 'board', date: '2025-03-13' }).meeting).toBe(dec);
  });

  it('knows no previous meeting when there is none, or when the minutes show one is missing from another year', () => {
    const june = meetingOf('2014-06-13', 1);
    const march = meetingOf('2019-03-14', 57);
    expect(decidePreviousMeeting([june, march], june)).toEqual({
      minutes: { type: 'none', why: 'unknown' },
      problems: [{ kind: 'none-in-repository' }],
    });
    expect(decidePreviousMeeting([june, march], march)).toEqual({
      latestInRepository: june,
      minutes: { type: 'none', why: 'unknown' },
      problems: [{ kind: 'other-year', latest: june, firstMinute: 57 }],
    });
    // Minutes that start at 1 open a new year: the latest earlier meeting is the previous one.
    const next = meetingOf('2019-06-20', 1);
    expect(decidePreviousMeeting([june, march, next], next).meeting).toBe(march);
  });

  it('takes a declared meeting when it is later than the repository and consistent, with its minutes as declared', () => {
    const june = meetingOf('2014-06-13', 1);
    const pdf = {
      path: 'papers/2018-11-29/minutes.pdf',
      src: { file: 'board/2019-03-14.md', path: ['previousMeeting', 'minutes'] },
    };
    const march = meetingOf('2019-03-14', 57, { declared: { date: '2018-11-29', lastMinute: 56, minutes: pdf } });
    expect(decidePreviousMeeting([june, march], march).meeting).toBeUndefined();
    expect(decidePreviousMeeting([june, march], march)).toMatchObject({
      date: '2018-11-29',
      declared: { date: '2018-11-29', lastMinute: 56 },
      latestInRepository: june,
      minutes: { type: 'pdf', path: 'papers/2018-11-29/minutes.pdf' },
      problems: [],
    });
    march.declaredPrevious!.minutes = 'none';
    expect(decidePreviousMeeting([june, march], march).minutes).toEqual({ type: 'none', why: 'declared-none' });
    march.declaredPrevious!.minutes = undefined;
    expect(decidePreviousMeeting([june, march], march).minutes).toEqual({ type: 'none', why: 'not-declared' });
  });

  it('sets a declaration aside when the repository or the dates contradict it, and says why', () => {
    const june = meetingOf('2024-06-13', 1);
    const between = meetingOf('2024-09-12', 4, { declared: { date: '2024-05-16', minutes: 'none' } });
    expect(decidePreviousMeeting([june, between], between)).toMatchObject({
      date: '2024-06-13',
      meeting: june,
      problems: [{ kind: 'declared-superseded', meeting: june }],
    });
    const same = meetingOf('2024-09-12', 4, { declared: { date: '2024-06-13', minutes: 'none' } });
    expect(decidePreviousMeeting([june, same], same).problems).toEqual([
      { kind: 'declared-in-repository', meeting: june },
    ]);
    const later = meetingOf('2024-09-12', 4, { declared: { date: '2024-10-10', minutes: 'none' } });
    expect(decidePreviousMeeting([june, later], later)).toMatchObject({
      meeting: june,
      problems: [{ kind: 'declared-not-before' }],
    });
    // Declared in the last municipal year while these minutes start at 8: some meeting came between.
    const sept = meetingOf('2025-09-11', 8, { declared: { date: '2025-04-10', minutes: 'none' } });
    expect(decidePreviousMeeting([june, sept], sept).date).toBeUndefined();
    expect(decidePreviousMeeting([june, sept], sept)).toMatchObject({
      minutes: { type: 'none', why: 'unknown' },
      problems: [{ kind: 'declared-other-year', firstMinute: 8 }],
    });
  });
});
