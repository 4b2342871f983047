import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src/model/compute-deadlines.js';
import { ConfigSchema } from '../../src/validate/schemas/config-schema.js';

const config = ConfigSchema.parse({
  partnership: 'Safer Bromley Partnership',
  council: 'London Borough of Bromley',
  contact: { name: 'Steve Wood', telephone: '020 8313 4316', email: 'stephen.wood@bromley.gov.uk' },
  bodies: [{ id: 'board', name: 'Safer Bromley Partnership Board', shortName: 'BOARD' }],
});

describe('computeDeadlines', () => {
  it('reproduces the dates printed on the seed packs', () => {
    expect(computeDeadlines('2019-06-20', config)).toEqual({
      dispatch: '2019-06-11',
      agendaQuestions: { date: '2019-06-14', time: '17:00' },
      otherQuestions: '2019-06-06',
    });
    expect(computeDeadlines('2021-12-09', config)).toMatchObject({
      dispatch: '2021-11-30',
      agendaQuestions: { date: '2021-12-03' },
    });
    expect(computeDeadlines('2019-12-05', config).otherQuestions).toBe('2019-11-21');
  });

  it('counts across bank holidays: a meeting just after New Year 2022', () => {
    // Back from 6 January: 5, 4, (3 substitute), 31, 30, 29, (28, 27 substitutes), 24, 23.
    expect(computeDeadlines('2022-01-06', config)).toEqual({
      dispatch: '2021-12-23',
      agendaQuestions: { date: '2021-12-30', time: '17:00' },
      otherQuestions: '2021-12-20',
    });
  });

  it('follows the rules and closure days in the config', () => {
    const custom = {
      ...config,
      deadlines: { ...config.deadlines, dispatchWorkingDaysBefore: 5, agendaQuestionsTime: '12:00' },
      closureDays: ['2019-06-13'],
    };
    expect(computeDeadlines('2019-06-20', custom)).toEqual({
      dispatch: '2019-06-12',
      agendaQuestions: { date: '2019-06-18', time: '12:00' },
      otherQuestions: '2019-06-05',
    });
  });
});
