import { describe, expect, it } from 'vitest';
import { repairFrontMatter } from '../../src/validate/repair-front-matter.js';
import { MeetingSchema } from '../../src/validate/schemas/meeting-schema.js';

const meeting = {
  body: 'board',
  date: '2021-09-09',
  time: '10:00',
  venue: 'Civic Centre',
  status: 'draft-minutes',
  items: [{ title: 'Apologies' }, { title: 'Police update', resolutions: [{ text: 'noted', owners: ['RV'] }] }],
};

describe('repairFrontMatter', () => {
  it('drops unknown keys and bad optional values, and reads a lone value as a list of one', () => {
    const broken = structuredClone(meeting) as Record<string, unknown>;
    broken.minuteStart = 'twenty-eight';
    broken.colour = 'blue';
    (broken.items as Record<string, unknown>[])[1].resolutions = [{ text: 'noted', owners: 'RV', due: '2021-13-01' }];
    const repaired = repairFrontMatter(MeetingSchema, broken, {});
    expect(repaired?.value).toMatchObject({ items: [{}, { resolutions: [{ owners: ['RV'] }] }] });
    expect(repaired?.value).not.toHaveProperty('minuteStart');
    expect(repaired?.value.items[1].resolutions[0].due).toBeUndefined();
    // Coerced values are checked by the model; dropped ones are not, so only those are "replaced".
    expect(repaired?.replaced).toEqual([['minuteStart'], ['items', 1, 'resolutions', 0, 'due']]);
    expect(repaired?.unknownKeys).toEqual([['colour']]);
  });

  it("stands in for a bad required value, with the file's own date and body where the file name gives them", () => {
    const broken = {
      ...meeting,
      date: '2021-13-09',
      status: 'approved',
      items: ['Apologies', { title: 'Police update' }],
    };
    const repaired = repairFrontMatter(MeetingSchema, broken, { date: '2021-09-09', body: 'board' });
    expect(repaired?.value).toMatchObject({
      date: '2021-09-09',
      status: 'draft-agenda',
      items: [{ title: 'Apologies' }, {}],
    });
  });

  it('gives up on what cannot be read at all', () => {
    expect(repairFrontMatter(MeetingSchema, ['not', 'a', 'mapping'], {})).toBeUndefined();
    expect(repairFrontMatter(MeetingSchema, { items: 'none' }, {})).toBeUndefined();
  });
});
