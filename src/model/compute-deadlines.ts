import type { Config } from '../validate/schemas/config-schema.js';
import { addWorkingDays } from './count-working-days.js';

/** The dates printed on an agenda, computed from the meeting date and the config's working-day rules. */
export interface Deadlines {
  /** Date of dispatch printed on the pack. */
  dispatch: string;
  /** Questions on reports on the agenda: by this time on this date. */
  agendaQuestions: { date: string; time: string };
  /** Other questions must be received by this date. */
  otherQuestions: string;
}

/** Dispatch, agenda-questions and other-questions deadlines for a meeting on `meetingDate`. */
export function computeDeadlines(meetingDate: string, config: Pick<Config, 'deadlines' | 'closureDays'>): Deadlines {
  const rules = config.deadlines;
  const closures = new Set(config.closureDays);
  const dispatch = addWorkingDays(meetingDate, -rules.dispatchWorkingDaysBefore, closures);
  return {
    dispatch,
    agendaQuestions: {
      date: addWorkingDays(dispatch, rules.agendaQuestionsWorkingDaysAfterDispatch, closures),
      time: rules.agendaQuestionsTime,
    },
    otherQuestions: addWorkingDays(meetingDate, -rules.otherQuestionsWorkingDaysBefore, closures),
  };
}
