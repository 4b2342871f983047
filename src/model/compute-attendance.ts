import type { Meeting, Repository } from './model-types.js';
import { isActiveOn } from './municipal-year.js';

/** How one person stood at one meeting, as ModernGov counts it. */
export type AttendanceOutcome = 'present' | 'apologies' | 'absent' | 'substitute' | 'in-attendance';

/** One meeting in a person's attendance record. */
export interface AttendanceRecord {
  meetingId: string;
  bodyId: string;
  date: string;
  municipalYear: number;
  outcome: AttendanceOutcome;
  /** Apologies: who substituted; substitute: for whom (names as recorded). */
  substitute?: string;
  substituteFor?: string;
}

/** The counts of a record. Expected = present + apologies + absent; substitute and in attendance come on top. */
export interface AttendanceTally {
  expected: number;
  present: number;
  presentAsSubstitute: number;
  inAttendance: number;
  apologies: number;
  absent: number;
}

/** A person's attendance: every meeting, per municipal year (oldest first) and in total. */
export interface PersonAttendance {
  personId: string;
  records: AttendanceRecord[];
  years: { municipalYear: number; tally: AttendanceTally; records: AttendanceRecord[] }[];
  total: AttendanceTally;
}

/** Whether a meeting's attendance is on the record: it took place (not cancelled) and its minutes are written. */
export function isAttendanceRecorded(meeting: Meeting): boolean {
  return !meeting.cancelled && (meeting.status === 'draft-minutes' || meeting.status === 'minutes-approved');
}

/**
 * Everyone's attendance in one pass over the meetings. A member of the body on the day is expected:
 * present, apologies (with or without a substitute) or, when neither is recorded, absent. A person who
 * substitutes for a member, or is listed present without being a member, or also present, is counted
 * as present as substitute or in attendance, never as expected.
 */
export function computeAttendance(repository: Pick<Repository, 'meetings' | 'bodies'>): Map<string, PersonAttendance> {
  const records = new Map<string, AttendanceRecord[]>();
  const add = (personId: string | undefined, record: AttendanceRecord) => {
    if (!personId) return;
    const list = records.get(personId) ?? [];
    // One line per person per meeting: the first (strongest) listing wins.
    if (list.at(-1)?.meetingId !== record.meetingId) list.push(record);
    records.set(personId, list);
  };
  for (const meeting of repository.meetings) {
    if (!isAttendanceRecorded(meeting)) continue;
    const base = {
      meetingId: meeting.id,
      bodyId: meeting.bodyId,
      date: meeting.date,
      municipalYear: meeting.municipalYear,
    };
    const members = new Set(
      (repository.bodies.get(meeting.bodyId)?.memberships ?? [])
        .filter((m) => isActiveOn(meeting.date, m.from, m.until))
        .map((m) => m.personId),
    );
    const present = new Set(meeting.present.map((p) => p.personId));
    const apologised = new Set(meeting.apologies.map((a) => a.person.personId));
    for (const id of [...members].sort()) {
      if (present.has(id)) add(id, { ...base, outcome: 'present' });
      else if (apologised.has(id)) {
        const substitute = meeting.apologies.find((a) => a.person.personId === id)?.substitute?.name;
        add(id, { ...base, outcome: 'apologies', substitute });
      } else add(id, { ...base, outcome: 'absent' });
    }
    for (const apology of meeting.apologies) {
      if (apology.substitute)
        add(apology.substitute.personId, { ...base, outcome: 'substitute', substituteFor: apology.person.name });
    }
    for (const p of meeting.present)
      if (p.personId && !members.has(p.personId)) add(p.personId, { ...base, outcome: 'in-attendance' });
    for (const p of meeting.alsoPresent)
      if (!members.has(p.personId ?? '')) add(p.personId, { ...base, outcome: 'in-attendance' });
  }
  const result = new Map<string, PersonAttendance>();
  for (const [personId, list] of records) result.set(personId, summarise(personId, list));
  return result;
}

function summarise(personId: string, records: AttendanceRecord[]): PersonAttendance {
  const byYear = new Map<number, AttendanceRecord[]>();
  for (const r of records) byYear.set(r.municipalYear, [...(byYear.get(r.municipalYear) ?? []), r]);
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([municipalYear, list]) => ({ municipalYear, tally: tallyRecords(list), records: list }));
  return { personId, records, years, total: tallyRecords(records) };
}

/** Count a list of attendance records. */
export function tallyRecords(records: readonly AttendanceRecord[]): AttendanceTally {
  const count = (outcome: AttendanceOutcome) => records.filter((r) => r.outcome === outcome).length;
  const present = count('present');
  const apologies = count('apologies');
  const absent = count('absent');
  return {
    expected: present + apologies + absent,
    present,
    presentAsSubstitute: count('substitute'),
    inAttendance: count('in-attendance'),
    apologies,
    absent,
  };
}
