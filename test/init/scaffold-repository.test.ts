import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CI_STEP_NAMES } from '../../src/init/compose-ci-workflow.js';
import { deriveOwnerCode, type InitOptions, scaffoldRepository } from '../../src/init/scaffold-repository.js';
import { ConfigSchema } from '../../src/validate/schemas/config-schema.js';
import { MeetingSchema } from '../../src/validate/schemas/meeting-schema.js';
import { RosterSchema } from '../../src/validate/schemas/roster-schema.js';

const options: InitOptions = {
  partnership: 'Safer Anytown Partnership: "East"',
  council: 'Anytown Borough Council',
  bodyId: 'steering-group',
  bodyName: 'Safer Anytown Steering Group',
  firstMeeting: '2025-09-18',
  sbpPackage: 'github:example/sbp',
};

function fileOf(path: string): string {
  const file = scaffoldRepository(options).find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} scaffolded`);
  return file.text;
}

describe('scaffoldRepository', () => {
  it('writes the six files of a new repository', () => {
    expect(scaffoldRepository(options).map((f) => f.path)).toEqual([
      'sbp.yaml',
      'roster.yaml',
      'steering-group/2025-09-18.md',
      'README.md',
      '.github/workflows/sbp.yml',
      '.gitignore',
    ]);
  });

  it('writes a config, roster and first meeting that pass their schemas, even with quotes and colons in names', () => {
    const config = ConfigSchema.parse(parse(fileOf('sbp.yaml')));
    expect(config.partnership).toBe('Safer Anytown Partnership: "East"');
    expect(config.bodies[0]).toMatchObject({
      id: 'steering-group',
      name: 'Safer Anytown Steering Group',
      shortName: 'GROUP',
    });
    const roster = RosterSchema.parse(parse(fileOf('roster.yaml')));
    expect(roster.owners).toEqual([{ id: 'SAP', name: 'Safer Anytown Partnership: "East"' }]);
    expect(roster.memberships[0]).toMatchObject({
      person: 'chair-person',
      body: 'steering-group',
      role: 'chairman',
      from: '2025-01-01',
    });
    const meeting = fileOf('steering-group/2025-09-18.md');
    const front = MeetingSchema.parse(parse(meeting.split('---\n')[1]));
    expect(front).toMatchObject({ body: 'steering-group', date: '2025-09-18', status: 'draft-agenda' });
  });

  it('ignores built output and tells clerks where things go', () => {
    expect(fileOf('.gitignore')).toContain('out/');
    const readme = fileOf('README.md');
    expect(readme).toContain('`steering-group/2025-09-18.md`');
    expect(readme).toContain('sbp check');
    for (const name of [...CI_STEP_NAMES.check, ...CI_STEP_NAMES.build]) expect(readme).toContain(name);
  });
});

describe('deriveOwnerCode', () => {
  it('takes the initials of the partnership, as the roster schema wants them', () => {
    expect(deriveOwnerCode('Safer Bromley Partnership')).toBe('SBP');
    expect(deriveOwnerCode('community safety partnership')).toBe('CSP');
    expect(deriveOwnerCode('Anytown')).toBe('ANYTOWN');
    expect(deriveOwnerCode('42')).toBe('CSP');
    expect(deriveOwnerCode('')).toBe('CSP');
  });
});
