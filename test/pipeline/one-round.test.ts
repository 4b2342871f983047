import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';

describe('every fault of a file in one run', () => {
  it('reports schema faults and model faults of one file together, without follow-on errors elsewhere', async () => {
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'board/2021-09-09.md': (text) =>
        text
          .replace('status: minutes-approved', 'status: minutes-aproved')
          .replace('lastMinute: 27', 'lastMinute: twenty-seven')
          .replace('        owners: [RD]', '        owner: [RD]')
          .replace('  present:\n    - craig-knight\n', '  present:\n    - craig-knigt\n')
          .replace('owners: [RV]', 'owners: [RVV]'),
    });
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      'board/2021-09-09.md schema-invalid',
      'board/2021-09-09.md schema-invalid',
      'board/2021-09-09.md chair-not-present',
      'board/2021-09-09.md unknown-person',
      'board/2021-09-09.md unknown-key',
      'board/2021-09-09.md unknown-owner',
    ]);
    expect(diagnostics.find((d) => d.code === 'unknown-person')?.message).toBe(
      'unknown person "craig-knigt" (did you mean "craig-knight"?)',
    );
  });

  it('reads a single value where a list belongs as a list of one, and checks it', async () => {
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'board/2021-09-09.md': (text) => text.replace('        owners: [RD]', '        owners: RDX'),
    });
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.map((d) => d.code)).toEqual(['schema-invalid', 'unknown-owner']);
  });
});
