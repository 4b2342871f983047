import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_MEETINGS, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { validateInEditor } from '../helpers/validate-in-editor.js';

/** A copy of the bundled meetings beside a copy of schemas/, as their modelines expect (../schemas/...). */
function copyWithSchemas(): string {
  const dir = makeTempDir();
  cpSync(BUNDLED_MEETINGS, path.join(dir, 'meetings'), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  return path.join(dir, 'meetings');
}

describe('the JSON Schemas in an editor (yaml-language-server)', () => {
  it('accept the bundled sbp.yaml and roster.yaml', async () => {
    for (const name of ['sbp.yaml', 'roster.yaml']) {
      expect(await validateInEditor(path.join(BUNDLED_MEETINGS, name)), name).toEqual([]);
    }
  });

  it('accept the front matter of every bundled meeting and paper, read as YAML with its modeline', async () => {
    const dir = copyWithSchemas();
    const files = [
      'board/2014-06-13.md',
      'board/2019-03-14.md',
      'board/2019-06-20.md',
      'board/2021-09-09.md',
      'board/2021-12-09.md',
      'papers/2019-06-20/domestic-abuse-sub-group.md',
    ];
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const front = /^---\n([\s\S]*?)\n---\n/.exec(text)![1];
      expect(front, name).toMatch(/^# yaml-language-server: \$schema=/);
      expect(await validateInEditor(path.join(dir, name), `${front}\n`), name).toEqual([]);
    }
  });

  it('underline an impossible date, a misspelt key and a wrong value, on their lines', async () => {
    const dir = copyWithSchemas();
    const file = path.join(dir, 'roster.yaml');
    const broken = readFileSync(file, 'utf8').replace(/from: "2018-05-01"/, 'from: "2019-02-30"');
    writeFileSync(file, broken);
    const roster = await validateInEditor(file);
    expect(roster.map((p) => p.line)).toContain(broken.split('\n').findIndex((l) => l.includes('2019-02-30')) + 1);
    const config = path.join(dir, 'sbp.yaml');
    const text = readFileSync(config, 'utf8');
    writeFileSync(
      config,
      text
        .replace('municipalYearStart: "05-01"', 'municipalYearStart: "05-01"\nmunicipalYearStrat: "05-01"')
        .replace('kind: apologies', 'kind: apology'),
    );
    const problems = await validateInEditor(config);
    expect(problems.some((p) => /municipalYearStrat/.test(p.message))).toBe(true);
    expect(problems.some((p) => /apologies/.test(p.message))).toBe(true);
  });
});
