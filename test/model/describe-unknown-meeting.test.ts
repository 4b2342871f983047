import { describe, expect, it } from 'vitest';
import { describeUnknownMeeting } from '../../src/model/describe-unknown-meeting.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS } from '../helpers/make-temp-repo.js';

describe('describeUnknownMeeting', () => {
  it('points a bare file name at the meeting file of that name, and a near id at the nearest ids', async () => {
    const { repository } = await checkRepository(BUNDLED_MEETINGS);
    const meetings = repository!.meetings;
    expect(describeUnknownMeeting(meetings, '2019-06-20.md')).toBe(
      'no meeting "2019-06-20.md" (did you mean "board/2019-06-20.md"? files are named from the repository\'s top or the current folder)',
    );
    expect(describeUnknownMeeting(meetings, 'board-2019-06-21')).toMatch(
      /^no meeting "board-2019-06-21" \(did you mean "board-2019-06-20"/,
    );
    expect(describeUnknownMeeting(meetings, 'zzz')).toBe('no meeting "zzz"');
  });
});
