import { stringify } from 'csv-stringify/sync';
import type { PersonAttendance } from '../../model/compute-attendance.js';
import type { Repository } from '../../model/model-types.js';
import { formatMunicipalYear } from './describe-site-meeting.js';

/** Attendance as CSV (RFC 4180, through csv-stringify): one row per person per meeting. */
export function formatAttendanceCsv(repository: Repository, attendance: ReadonlyMap<string, PersonAttendance>): string {
  const rows = [...attendance.values()].flatMap((a) =>
    a.records.map((r) => ({
      person_id: a.personId,
      name: repository.people.get(a.personId)?.name ?? a.personId,
      body: r.bodyId,
      meeting: r.meetingId,
      date: r.date,
      municipal_year: formatMunicipalYear(r.municipalYear),
      outcome: r.outcome,
      substitute: r.substitute ?? '',
      substitute_for: r.substituteFor ?? '',
    })),
  );
  rows.sort(
    (a, b) =>
      a.person_id.localeCompare(b.person_id) || a.date.localeCompare(b.date) || a.meeting.localeCompare(b.meeting),
  );
  return stringify(rows, { header: true, columns: COLUMNS, record_delimiter: 'windows' });
}

const COLUMNS = [
  'person_id',
  'name',
  'body',
  'meeting',
  'date',
  'municipal_year',
  'outcome',
  'substitute',
  'substitute_for',
];

/** Attendance counts as CSV: one row per person per municipal year, then a row for all years ("total"). */
export function formatAttendanceSummaryCsv(
  repository: Repository,
  attendance: ReadonlyMap<string, PersonAttendance>,
): string {
  const rows = [...attendance.values()]
    .sort((a, b) => a.personId.localeCompare(b.personId))
    .flatMap((a) => {
      const name = repository.people.get(a.personId)?.name ?? a.personId;
      const years = a.years.map((y) => ({ year: formatMunicipalYear(y.municipalYear), ...y.tally }));
      return [...years, { year: 'total', ...a.total }].map((row) => ({ person_id: a.personId, name, ...row }));
    });
  return stringify(rows, {
    header: true,
    columns: [
      'person_id',
      'name',
      { key: 'year', header: 'municipal_year' },
      'expected',
      'present',
      { key: 'presentAsSubstitute', header: 'present_as_substitute' },
      { key: 'inAttendance', header: 'in_attendance' },
      'apologies',
      'absent',
    ],
    record_delimiter: 'windows',
  });
}
