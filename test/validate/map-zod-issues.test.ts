import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../../src/diagnostics/source-file.js';
import { parseYamlSource } from '../../src/parse/parse-yaml-source.js';
import { ConfigSchema } from '../../src/validate/schemas/config-schema.js';
import { MeetingSchema } from '../../src/validate/schemas/meeting-schema.js';
import { validateYaml } from '../../src/validate/validate-yaml.js';

/** Validate YAML text against a schema and list "line:column code message". */
function check(text: string, schema = MeetingSchema): string[] {
  const { yaml } = parseYamlSource(createSourceFile('board/2021-09-09.md', text), text);
  return validateYaml(yaml, schema).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}

const meeting = `body: board
date: "2021-09-09"
time: "10:00"
venue: Civic Centre
status: draft-minutes
items:
  - title: Apologies
  - title: Police update
    resolutions:
      - text: noted
        owners: RV
        due: "2021-13-01"
      - txt: other
`;

describe('mapZodIssues', () => {
  it('locates every issue at its own nested line, not at line 1', () => {
    expect(check(meeting)).toEqual([
      '11:17 schema-invalid item 2 "Police update", resolution 1, owners: expected array, got "RV"',
      '12:14 schema-invalid item 2 "Police update", resolution 1, due: this date does not exist in the calendar',
      '13:9 schema-invalid item 2 "Police update", resolution 2: missing required key "text"',
      '13:9 unknown-key item 2 "Police update", resolution 2: unknown key "txt" (did you mean "text"?)',
    ]);
  });

  it('names the missing key and points at the mapping that lacks it', () => {
    expect(check('body: board\ndate: "2021-09-09"\nstatus: draft-agenda\nitems: [{title: A}]\nvenue: X\n')).toEqual([
      '1:1 schema-invalid front matter: missing required key "time"',
    ]);
  });

  it('lists the allowed values of an enum, with the nearest', () => {
    expect(check(meeting.replace('draft-minutes', 'aproved'))[0]).toBe(
      '5:9 schema-invalid status: expected one of "draft-agenda", "agenda-published", "draft-minutes", "minutes-approved", got "aproved"',
    );
    expect(check(meeting.replace('draft-minutes', 'draft-minute'))[0]).toBe(
      '5:9 schema-invalid status: expected one of "draft-agenda", "agenda-published", "draft-minutes", "minutes-approved", got "draft-minute" (did you mean "draft-minutes"?)',
    );
  });

  it('counts items from 1 and names sub-items by their agenda letter', () => {
    const text = `${meeting.split('  - title: Police update')[0]}  - title: Reports\n    items:\n      - title: DA update\n      - title: IOM update\n        kind: previus-minutes\n`;
    expect(check(text)).toEqual([
      '12:15 schema-invalid item 2b "IOM update", kind: expected one of "apologies", "previous-minutes", "matters-arising", "questions", "next-meeting", "other", got "previus-minutes" (did you mean "previous-minutes"?)',
    ]);
  });

  it('reports a number where text is expected, with a hint to quote it', () => {
    const text = 'partnership: 42\n';
    const { yaml } = parseYamlSource(createSourceFile('sbp.yaml', text), text);
    const d = validateYaml(yaml, ConfigSchema).diagnostics.find((x) => x.message.startsWith('partnership'));
    expect(d).toMatchObject({ line: 1, column: 14, message: 'partnership: expected string, got number 42' });
    expect(d!.hint).toMatch(/quotes/);
  });
});
